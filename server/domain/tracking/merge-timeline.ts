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
export function mergeTimeline(previous: NormalizedTrace | null, next: NormalizedTrace): NormalizedTrace {
  if (!previous || previous.events.length === 0) return next;
  const nextIsCurrent = next.events.length > 0 && at(next.events[0]) >= at(previous.events[0]);
  const current = nextIsCurrent ? next : previous;
  const other = nextIsCurrent ? previous : next;
  const byKey = new Map<string, TrackingEvent>();
  for (const e of [...other.events, ...current.events]) byKey.set(key(e), e);
  const events = [...byKey.values()].sort((a, b) => at(b) - at(a));
  const collected = [previous.collectedAtMs, next.collectedAtMs].filter((ms): ms is number => ms !== null);
  return {
    status: current.status,
    reason: current.reason,
    events,
    courier: current.courier ?? other.courier,
    originCity: previous.originCity ?? next.originCity,
    destCity: current.destCity ?? other.destCity,
    collectedAtMs: collected.length ? Math.min(...collected) : null,
    deliveredAtMs: current.deliveredAtMs,
  };
}
