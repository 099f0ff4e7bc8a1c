import type { ComplaintType, SlaKind } from '../../../types/complaints';
import { addWorkingHours } from './working-calendar';

/** First answer from staff, in working-day hours (docs/reference/complaints.md §5). */
export const FIRST_RESPONSE_HOURS = 24;
/** A complaint that repeats an earlier one on the same parcel is resolved within 48 working-day hours. */
export const REPEAT_RESOLUTION_HOURS = 48;

/**
 * Working days to a resolution, within the 3–5 of the design and, in an ordinary week, the 7 days
 * the law gives the company (《快递暂行条例》第二十八条; docs/reference/complaints.md §1, §5):
 * types that need an investigation (finding the parcel, inspecting damage, checking who signed,
 * tracing a leak) get 5, the others 3.
 */
export const RESOLUTION_WORKING_DAYS = {
  DELAY: 3,
  LOST: 5,
  FALSE_DELIVERY: 5,
  DAMAGED: 5,
  SHORTAGE: 5,
  NOT_DELIVERED_TO_DOOR: 3,
  LOCKER_WITHOUT_CONSENT: 3,
  ATTITUDE: 3,
  ILLEGAL_FEE: 3,
  PRIVACY_LEAK: 5,
  OTHER: 3,
} as const satisfies Record<ComplaintType, number>;

export interface SlaDeadlines {
  firstResponseDueMs: number;
  resolutionDueMs: number;
}

export function slaDeadlines(filedAtMs: number, type: ComplaintType, isRepeat: boolean): SlaDeadlines {
  const resolutionHours = RESOLUTION_WORKING_DAYS[type] * 24;
  return {
    firstResponseDueMs: addWorkingHours(filedAtMs, FIRST_RESPONSE_HOURS),
    resolutionDueMs: addWorkingHours(filedAtMs, isRepeat ? Math.min(resolutionHours, REPEAT_RESOLUTION_HOURS) : resolutionHours),
  };
}

/** What the SLA rules need to know about a case. */
export interface SlaFacts extends SlaDeadlines {
  firstRespondedAtMs: number | null;
  resolvedAtMs: number | null;
  /** Breaches already recorded, so each is marked once. */
  breached: readonly SlaKind[];
}

export interface Breach {
  kind: SlaKind;
  dueAtMs: number;
}

function pending(facts: SlaFacts): { kind: SlaKind; dueAtMs: number; doneAtMs: number | null }[] {
  return [
    { kind: 'FIRST_RESPONSE', dueAtMs: facts.firstResponseDueMs, doneAtMs: facts.firstRespondedAtMs ?? facts.resolvedAtMs },
    { kind: 'RESOLUTION', dueAtMs: facts.resolutionDueMs, doneAtMs: facts.resolvedAtMs },
  ];
}

/**
 * Deadlines missed and not yet recorded: passed with nothing done, or done late (a timer that
 * ran late still records the breach). A resolution also counts as the first response.
 */
export function newBreaches(facts: SlaFacts, nowMs: number): Breach[] {
  return pending(facts)
    .filter((p) => !facts.breached.includes(p.kind) && (p.doneAtMs ?? nowMs) > p.dueAtMs)
    .map(({ kind, dueAtMs }) => ({ kind, dueAtMs }));
}

/** The nearest deadline still waiting on staff, or null when both are met. */
export function nextDue(facts: SlaFacts): Breach | null {
  const open = pending(facts).filter((p) => p.doneAtMs === null);
  return open.length === 0 ? null : open.reduce((a, b) => (b.dueAtMs < a.dueAtMs ? b : a));
}

/** Queue order: the case whose open deadline comes (or came) first goes first; cases with none go last, oldest first. */
export function compareBySlaRisk(a: SlaFacts & { filedAtMs: number }, b: SlaFacts & { filedAtMs: number }): number {
  const da = nextDue(a)?.dueAtMs ?? Infinity;
  const db = nextDue(b)?.dueAtMs ?? Infinity;
  return da !== db ? da - db : a.filedAtMs - b.filedAtMs;
}
