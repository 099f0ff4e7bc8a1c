import type { Eta, ExceptionReason, Parcel, ParcelAlert, ParcelStatus } from '../../types';

export const STATUS_LABELS: Record<ParcelStatus, string> = {
  PENDING: '待揽收',
  COLLECTED: '已揽收',
  IN_TRANSIT: '运输中',
  ARRIVED_DEST_CITY: '已到达派件城市',
  OUT_FOR_DELIVERY: '派送中',
  AWAITING_PICKUP: '待取件',
  DELIVERED: '已签收',
  EXCEPTION: '异常件',
  RETURNING: '退回中',
  RETURNED: '已退回',
  UNKNOWN: '状态未知',
};

export const REASON_LABELS: Record<ExceptionReason, string> = {
  ADDRESS_UNCLEAR: '地址不详',
  RECIPIENT_UNREACHABLE: '联系不上收件人',
  REFUSED: '收件人拒收',
  DAMAGED: '包裹破损',
  LOST: '包裹丢失',
  DELAYED: '配送延误',
  OTHER: '包裹异常',
};

export const ALERT_LABELS: Record<ParcelAlert, string> = {
  STALE: '超时未更新',
  OVERDUE: '超时未签收',
  PICKUP_OVERDUE: '驿站超时未取',
};

/** Milestones the timeline highlights. */
export const MILESTONES: ReadonlySet<ParcelStatus> = new Set([
  'COLLECTED',
  'ARRIVED_DEST_CITY',
  'OUT_FOR_DELIVERY',
  'AWAITING_PICKUP',
  'DELIVERED',
]);

export const TROUBLE: ReadonlySet<ParcelStatus> = new Set(['EXCEPTION', 'RETURNING', 'RETURNED']);

/** "2026-11-22T10:05:00+08:00" → "11-22 10:05": our times are already in Beijing time, so no time-zone math. */
export function shortTime(iso: string): string {
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** "2026-11-24T…" → "11月24日". */
export function monthDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "预计 11月24日 送达", or a range "预计 11月24日–11月26日 送达". */
export function etaText(eta: Eta): string {
  const from = monthDay(eta.from);
  const to = monthDay(eta.to);
  return from === to ? `预计 ${from} 送达` : `预计 ${from}–${to} 送达`;
}

/** One colour per state wherever a status shows: trouble (异常, 退回中, 已退回, or an alert) in red, everything else in blue. */
export function toneOf(parcel: Pick<Parcel, 'status' | 'alerts'>): 'trouble' | 'normal' {
  return TROUBLE.has(parcel.status) || parcel.alerts.length > 0 ? 'trouble' : 'normal';
}

const HOUR = 3600_000;

/** How long the carrier has said nothing: "已 4 天没有更新", for a parcel that stalled. */
export function quietFor(parcel: Pick<Parcel, 'events'>, nowMs: number): string | null {
  const latest = parcel.events[0];
  if (!latest) return null;
  const hours = Math.floor((nowMs - Date.parse(latest.time)) / HOUR);
  if (hours < 1) return null;
  return hours < 48 ? `已 ${hours} 小时没有更新` : `已 ${Math.floor(hours / 24)} 天没有更新`;
}

/** The arrival estimate still worth showing: none once the parcel went stale or the window has passed. */
export function currentEta(parcel: Pick<Parcel, 'eta' | 'alerts'>, nowMs: number): Eta | null {
  if (!parcel.eta || parcel.alerts.includes('STALE') || parcel.alerts.includes('OVERDUE')) return null;
  return Date.parse(parcel.eta.to) < nowMs ? null : parcel.eta;
}

/** Trouble met on the way to a state that is not itself trouble ("途中曾：包裹破损" over a 已签收). */
export function pastTrouble(parcel: Pick<Parcel, 'status' | 'events'>): string | null {
  if (TROUBLE.has(parcel.status)) return null;
  const reasons = new Set(parcel.events.filter((e) => e.status === 'EXCEPTION').map((e) => REASON_LABELS[e.reason ?? 'OTHER']));
  return reasons.size ? `途中曾：${[...reasons].join('、')}` : null;
}

/** Milliseconds as Beijing time, "11-22 10:05", the way the other times read. */
export function beijingTime(ms: number): string {
  return shortTime(new Date(ms + 8 * HOUR).toISOString());
}
