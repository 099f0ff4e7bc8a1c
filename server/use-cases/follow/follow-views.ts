import { beijingIso } from '../../../types/time';
import { carrierInfo, type FollowedParcel, type Message, type ParcelFilter, type ParcelStatus } from '../../../types';
import type { StoredDoc } from '../../ports/doc-store';
import type { ParcelRecord } from '../tracking/parcel.repository';
import { toParcelView } from '../tracking/parcel-view';
import type { BindingRecord } from './binding.repository';
import type { MessageRecord } from './notify-followers';

const iso = beijingIso;

export function toFollowedParcel(binding: BindingRecord, parcel: StoredDoc<ParcelRecord>): FollowedParcel {
  return {
    parcel: toParcelView(parcel),
    remark: binding.remark,
    archived: binding.archived,
    changed: (parcel.changedAtMs ?? 0) > binding.seenAtMs,
    followedAt: iso(binding.followedAtMs),
  };
}

export function toMessage(m: StoredDoc<MessageRecord>, remark: string): Message {
  return {
    id: m._id,
    parcelId: m.parcelId,
    waybillNo: m.waybillNo,
    carrierName: carrierInfo(m.carrier)?.name ?? m.carrier,
    remark,
    milestone: m.milestone,
    title: m.title,
    body: m.body,
    createdAt: iso(m.createdAtMs),
    read: m.read,
    pushed: m.pushed,
  };
}

const GROUPS: Record<Exclude<ParcelFilter, 'ALL'>, ReadonlySet<ParcelStatus>> = {
  IN_TRANSIT: new Set(['PENDING', 'COLLECTED', 'IN_TRANSIT', 'ARRIVED_DEST_CITY', 'OUT_FOR_DELIVERY', 'UNKNOWN']),
  PICKUP: new Set(['AWAITING_PICKUP']),
  DELIVERED: new Set(['DELIVERED']),
  EXCEPTION: new Set(['EXCEPTION', 'RETURNING', 'RETURNED']),
};

/** Which tab of 我的包裹 a parcel shows under; a parcel with an alert also counts as 异常. */
export function inFilter(filter: ParcelFilter, p: { status: ParcelStatus; alerts: string[] }): boolean {
  if (filter === 'ALL') return true;
  if (filter === 'EXCEPTION' && p.alerts.length > 0) return true;
  return GROUPS[filter].has(p.status);
}

/** Active first (not delivered or returned), then the most recently changed. */
export function byActivity(a: FollowedParcel, b: FollowedParcel): number {
  const done = (f: FollowedParcel) => (f.parcel.status === 'DELIVERED' || f.parcel.status === 'RETURNED' ? 1 : 0);
  return done(a) - done(b) || b.parcel.queriedAt.localeCompare(a.parcel.queriedAt);
}
