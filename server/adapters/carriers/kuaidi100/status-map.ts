import type { StatusMapping } from '../../../ports/carrier-gateway';

/**
 * Kuaidi100 `state` and resultv2 sub-states (docs/reference/carriers.md §2.2). The 疑难 sub-states
 * 201–210 come from one unattributed enum (weak); they are mapped to the reason they name.
 */
export const KUAIDI100_STATUS = {
  '0': { status: 'IN_TRANSIT', reason: null, generic: true },
  '1001': { status: 'ARRIVED_DEST_CITY', reason: null },
  '1002': { status: 'IN_TRANSIT', reason: null },
  '1003': { status: 'IN_TRANSIT', reason: null },
  '1': { status: 'COLLECTED', reason: null },
  '101': { status: 'PENDING', reason: null },
  '102': { status: 'PENDING', reason: null },
  '103': { status: 'COLLECTED', reason: null },
  '5': { status: 'OUT_FOR_DELIVERY', reason: null },
  '501': { status: 'AWAITING_PICKUP', reason: null },
  '3': { status: 'DELIVERED', reason: null },
  '301': { status: 'DELIVERED', reason: null },
  '302': { status: 'DELIVERED', reason: null },
  '303': { status: 'DELIVERED', reason: null },
  '304': { status: 'DELIVERED', reason: null },
  '2': { status: 'EXCEPTION', reason: 'OTHER', generic: true },
  '201': { status: 'EXCEPTION', reason: 'DELAYED' },
  '202': { status: 'EXCEPTION', reason: 'DELAYED' },
  '203': { status: 'EXCEPTION', reason: 'REFUSED' },
  '204': { status: 'EXCEPTION', reason: 'OTHER' },
  '205': { status: 'AWAITING_PICKUP', reason: null },
  '206': { status: 'EXCEPTION', reason: 'RECIPIENT_UNREACHABLE' },
  '207': { status: 'EXCEPTION', reason: 'ADDRESS_UNCLEAR' },
  '208': { status: 'EXCEPTION', reason: 'DELAYED' },
  '209': { status: 'EXCEPTION', reason: 'DAMAGED' },
  '210': { status: 'EXCEPTION', reason: 'OTHER' },
  '4': { status: 'RETURNED', reason: null },
  '401': { status: 'RETURNED', reason: null },
  '14': { status: 'EXCEPTION', reason: 'REFUSED' },
  '6': { status: 'RETURNING', reason: null },
  '7': { status: 'IN_TRANSIT', reason: null },
  '8': { status: 'IN_TRANSIT', reason: null },
  '10': { status: 'IN_TRANSIT', reason: null },
  '11': { status: 'IN_TRANSIT', reason: null },
  '12': { status: 'IN_TRANSIT', reason: null },
  '13': { status: 'EXCEPTION', reason: 'DELAYED' },
} as const satisfies Record<string, StatusMapping>;

/** Unknown codes map to an explicit UNKNOWN, never to a happy status. */
export function mapKuaidi100Code(code: string | number | undefined | null): StatusMapping {
  const key = String(code ?? '');
  return Object.hasOwn(KUAIDI100_STATUS, key)
    ? KUAIDI100_STATUS[key as keyof typeof KUAIDI100_STATUS]
    : { status: 'UNKNOWN', reason: null };
}
