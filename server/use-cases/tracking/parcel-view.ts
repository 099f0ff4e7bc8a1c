import { beijingIso } from '../../../types/time';
import { carrierInfo, type Parcel } from '../../../types';
import type { StoredDoc } from '../../ports/doc-store';
import type { ParcelRecord } from './parcel.repository';

/** The parcel as a user sees it. */
export function toParcelView(record: StoredDoc<ParcelRecord>): Parcel {
  const info = carrierInfo(record.carrier);
  return {
    id: record._id,
    carrier: record.carrier,
    carrierName: info?.name ?? record.carrier,
    carrierPhone: info?.hotline ?? null,
    waybillNo: record.waybillNo,
    status: record.status,
    reason: record.reason,
    alerts: record.alerts,
    events: record.events,
    eta: record.eta,
    courier: record.courier,
    pickup: record.pickup ?? null,
    queriedAt: beijingIso(record.queriedAtMs),
  };
}
