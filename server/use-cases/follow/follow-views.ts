import { beijingIso } from '../../../types/time';
import { isFinalStatus, carrierInfo, type FollowedParcel, type Message, type ParcelFilter, type ParcelStatus } from '../../../types';
import type { StoredDoc } from '../../ports/doc-store';
import type { ParcelRecord } from '../tracking/parcel.repository';
import { toParcelView } from '../tracking/parcel-view';
import type { BindingRecord } from './binding.repository';
import { parcelPage, type MessageRecord } from './notify-followers';

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
    kind: m.kind ?? 'PARCEL',
    parcelId: m.parcelId,
    waybillNo: m.waybillNo,
    carrierName: carrierInfo(m.carrier)?.name ?? m.carrier,
    remark,
    milestone: m.milestone,
    link: m.link ?? parcelPage(m.carrier, m.waybillNo),
    title: m.title,
    body: m.body,
    createdAt: iso(m.createdAtMs),
    read: m.read,
    pushed: m.pushed,
  };
}

const TROUBLE: ReadonlySet<ParcelStatus> = new Set(['EXCEPTION', 'RETURNING', 'RETURNED']);

/**
 * The one tab of 我的包裹 a parcel shows under, so the tabs add up to 全部: a parcel waiting in a
 * locker stays under 待取件 (its overdue alert shows on the card), a moving parcel with an alert
 * (超时未更新, 超时未签收) goes under 异常.
 */
export function tabOf(p: { status: ParcelStatus; alerts: string[] }): Exclude<ParcelFilter, 'ALL'> {
  if (p.status === 'DELIVERED') return 'DELIVERED';
  if (p.status === 'AWAITING_PICKUP') return 'PICKUP';
  if (TROUBLE.has(p.status) || p.alerts.length > 0) return 'EXCEPTION';
  return 'IN_TRANSIT';
}

export function inFilter(filter: ParcelFilter, p: { status: ParcelStatus; alerts: string[] }): boolean {
  return filter === 'ALL' || tabOf(p) === filter;
}

/** Active first (not delivered or returned), then the most recently changed. */
export function byActivity(a: FollowedParcel, b: FollowedParcel): number {
  const done = (f: FollowedParcel) => (isFinalStatus(f.parcel.status) ? 1 : 0);
  return done(a) - done(b) || b.parcel.queriedAt.localeCompare(a.parcel.queriedAt);
}
