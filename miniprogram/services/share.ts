import type { Parcel } from '../../types';
import { STATUS_LABELS } from './labels';

/**
 * The card a parcel is shared as: it opens the parcel's result page for the friend, who looks it
 * up by number. Only the carrier and number go in it: never the phone tail, never a remark.
 */
export function shareOf(parcel: Pick<Parcel, 'carrier' | 'carrierName' | 'waybillNo' | 'status'>): { title: string; path: string } {
  return {
    title: `${parcel.carrierName} ${parcel.waybillNo}：${STATUS_LABELS[parcel.status]}`,
    path: `/pages/result/index?no=${parcel.waybillNo}&carrier=${parcel.carrier}&from=share`,
  };
}
