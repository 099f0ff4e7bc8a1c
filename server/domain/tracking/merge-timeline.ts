import type { TrackingEvent } from '../../../types';
import type { NormalizedTrace } from './normalize-trace';

const at = (e: TrackingEvent | undefined) => (e ? Date.parse(e.time) : Number.NEGATIVE_INFINITY);
const key = (e: TrackingEvent) => `${e.time}|${e.text}`;

/**
 * What we know after a new trace arrives: events from both, merged by their own times, and the
 * parcel-level reading (status, reason, courier) of whichever trace reaches furthest in time.
 * A push or answer that is older than what we have (a late callback, a carrier briefly serving an
 * empty trace) adds what it has not been seen yet but never moves the parcel back.
 */
/** What we stored before: a normalized trace, where records older than the pickup card lack it. */
export type StoredTrace = Omit<NormalizedTrace, 'pickup'> & { pickup?: NormalizedTrace['pickup'] };

export function mergeTimeline(previous: StoredTrace | null, next: NormalizedTrace): NormalizedTrace {
  if (!previous || previous.events.length === 0) return next;
  const prior: NormalizedTrace = { ...previous, pickup: previous.pickup ?? null };
  const nextIsCurrent = next.events.length > 0 && at(next.events[0]) >= at(prior.events[0]);
  const current = nextIsCurrent ? next : prior;
  const other = nextIsCurrent ? prior : next;
  const byKey = new Map<string, TrackingEvent>();
  for (const e of [...other.events, ...current.events]) byKey.set(key(e), e);
  const events = [...byKey.values()].sort((a, b) => at(b) - at(a));
  const collected = [previous.collectedAtMs, next.collectedAtMs].filter((ms): ms is number => ms !== null);
  return {
    status: current.status,
    reason: current.reason,
    events,
    courier: current.courier ?? other.courier,
    // The card belongs to the current stage (a parcel waiting at a 驿站).
    pickup: current.pickup,
    originCity: previous.originCity ?? next.originCity,
    destCity: current.destCity ?? other.destCity,
    collectedAtMs: collected.length ? Math.min(...collected) : null,
    deliveredAtMs: current.deliveredAtMs,
  };
}
