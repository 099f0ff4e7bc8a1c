import type { Remedy } from '../../../types/complaints';

/** The damage complaint the tests file again and again: a crushed box of glasses. */
export const DAMAGE_COMPLAINT = {
  waybillNo: 'YT7530129834561',
  type: 'DAMAGED' as const,
  description: '外箱被压扁，里面的玻璃杯碎了两个',
  remedy: { kind: 'COMPENSATION', amountFen: 8800 } as Remedy,
  contactPhone: '13800138000',
};
