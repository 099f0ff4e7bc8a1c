import type { Eta, ExceptionReason, ParcelAlert, ParcelStatus } from '../../types';

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

function monthDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "预计 11月24日 送达", or a range "预计 11月24日–11月26日 送达". */
export function etaText(eta: Eta): string {
  const from = monthDay(eta.from);
  const to = monthDay(eta.to);
  return from === to ? `预计 ${from} 送达` : `预计 ${from}–${to} 送达`;
}
