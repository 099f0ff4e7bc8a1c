import {
  STATUS_MILESTONES,
  type Milestone,
  type ParcelAlert,
  type ParcelStatus,
  type TemplateKey,
  type TrackingEvent,
} from '../../../types';

const STATUS_MILESTONE_SET: ReadonlySet<ParcelStatus> = new Set(STATUS_MILESTONES);

export interface MilestoneHit {
  milestone: Milestone;
  /** The event (or alert computation) time, ms. */
  atMs: number;
  /** The event that caused it; null for alerts. */
  event: TrackingEvent | null;
}

export interface TraceSnapshot {
  /** Newest first. */
  events: TrackingEvent[];
  alerts: ParcelAlert[];
}

const eventKey = (e: TrackingEvent) => `${e.time}|${e.text}`;

/**
 * The milestones a new snapshot adds to the previous one, oldest first: each new event whose
 * status is a milestone and that is not older than the newest event already seen, and each
 * alert that was not raised before. Events the previous snapshot
 * already had change nothing, so replayed traces and callbacks produce nothing.
 */
export function newMilestones(previous: TraceSnapshot | null, next: TraceSnapshot, nowMs: number): MilestoneHit[] {
  const known = new Set((previous?.events ?? []).map(eventKey));
  // A late event older than what the user already saw is history, not news.
  const seenUpTo = previous?.events[0] ? Date.parse(previous.events[0].time) : Number.NEGATIVE_INFINITY;
  const hits: MilestoneHit[] = [];
  for (const event of [...next.events].reverse()) {
    if (known.has(eventKey(event)) || !STATUS_MILESTONE_SET.has(event.status) || Date.parse(event.time) < seenUpTo) continue;
    hits.push({ milestone: event.status as Milestone, atMs: Date.parse(event.time), event });
  }
  for (const alert of next.alerts) {
    if (!previous?.alerts.includes(alert)) hits.push({ milestone: alert, atMs: nowMs, event: null });
  }
  // One notification per milestone even when a trace brings it twice (a second delivery attempt).
  const seen = new Set<Milestone>();
  return hits.filter((h) => (seen.has(h.milestone) ? false : (seen.add(h.milestone), true)));
}

/** Which subscription template a milestone is sent with. */
export function templateFor(milestone: Milestone): TemplateKey {
  return milestone === 'EXCEPTION' ||
    milestone === 'STALE' ||
    milestone === 'OVERDUE' ||
    milestone === 'PICKUP_OVERDUE' ||
    milestone === 'RETURNING'
    ? 'exception'
    : 'progress';
}
