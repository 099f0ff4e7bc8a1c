import { isFinalStatus, type ParcelStatus } from '../../../types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How soon to look again, by stage: often when a courier is on the way, rarely while it crosses the country. */
export const CHECK_EVERY = {
  PENDING: 4 * HOUR,
  COLLECTED: 2 * HOUR,
  IN_TRANSIT: 90 * MINUTE,
  ARRIVED_DEST_CITY: 20 * MINUTE,
  OUT_FOR_DELIVERY: 10 * MINUTE,
  AWAITING_PICKUP: 3 * HOUR,
  EXCEPTION: HOUR,
  RETURNING: 6 * HOUR,
  UNKNOWN: 4 * HOUR,
} as const satisfies Partial<Record<ParcelStatus, number>>;

/** Nothing moved for this long: look four times less often. */
export const QUIET_AFTER = DAY;
/** With a carrier push subscription, polling is only the fallback. */
export const PUSH_FALLBACK_EVERY = 6 * HOUR;
/** We stop following a parcel this long after it was first followed, or after this long without any change. */
export const HORIZON = { sinceFollowed: 45 * DAY, sinceLastChange: 15 * DAY } as const;

export interface NextCheckInput {
  status: ParcelStatus;
  nowMs: number;
  followedAtMs: number;
  lastChangeAtMs: number;
  pushSubscribed: boolean;
}

/** When to check next, or null to stop: at a final state, or past the horizon (documented in HORIZON). */
export function nextCheckAt(input: NextCheckInput): number | null {
  if (isFinalStatus(input.status)) return null;
  if (input.nowMs - input.followedAtMs > HORIZON.sinceFollowed || input.nowMs - input.lastChangeAtMs > HORIZON.sinceLastChange) return null;
  let every: number = CHECK_EVERY[input.status as keyof typeof CHECK_EVERY] ?? 4 * HOUR;
  if (input.nowMs - input.lastChangeAtMs > QUIET_AFTER) every *= 4;
  if (input.pushSubscribed) every = Math.max(every, PUSH_FALLBACK_EVERY);
  return input.nowMs + every;
}
