import { isFinalStatus, type ParcelAlert, type ParcelStatus, type TrackingEvent } from '../../../types';

const HOUR = 3600_000;

/** How long each stage may go without news before the parcel counts as stale (超时未更新). */
export const STALE_AFTER_HOURS = {
  PENDING: 72,
  COLLECTED: 36,
  IN_TRANSIT: 48,
  ARRIVED_DEST_CITY: 36,
  OUT_FOR_DELIVERY: 24,
  EXCEPTION: 48,
  RETURNING: 72,
  UNKNOWN: 72,
} as const satisfies Partial<Record<ParcelStatus, number>>;

/** Once in the destination city it should be signed for within this long (超时未签收). */
export const OVERDUE_AFTER_HOURS = 48;
/** A parcel in a locker or 驿站 uncollected this long (驿站超时未取); lockers start charging around here. */
export const PICKUP_OVERDUE_AFTER_HOURS = 48;

/** Alerts are separate from the status: a parcel can be in transit and stale at once. */
export function computeAlerts({ status, events, nowMs }: { status: ParcelStatus; events: TrackingEvent[]; nowMs: number }): ParcelAlert[] {
  if (isFinalStatus(status) || events.length === 0) return [];
  const alerts: ParcelAlert[] = [];
  const ageHours = (e: TrackingEvent | undefined) => (e ? (nowMs - Date.parse(e.time)) / HOUR : 0);
  const staleAfter = STALE_AFTER_HOURS[status as keyof typeof STALE_AFTER_HOURS] ?? 48;
  // A parcel waiting in a locker has nothing left to report; PICKUP_OVERDUE speaks for it.
  if (status !== 'AWAITING_PICKUP' && ageHours(events[0]) > staleAfter) alerts.push('STALE');
  const reachedDest = [...events].reverse().find((e) => e.status === 'ARRIVED_DEST_CITY' || e.status === 'OUT_FOR_DELIVERY');
  if (status !== 'AWAITING_PICKUP' && status !== 'RETURNING' && ageHours(reachedDest) > OVERDUE_AFTER_HOURS) alerts.push('OVERDUE');
  if (status === 'AWAITING_PICKUP') {
    const stored = [...events].reverse().find((e) => e.status === 'AWAITING_PICKUP');
    if (ageHours(stored) > PICKUP_OVERDUE_AFTER_HOURS) alerts.push('PICKUP_OVERDUE');
  }
  return alerts;
}
