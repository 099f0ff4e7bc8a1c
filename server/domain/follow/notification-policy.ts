import type { Milestone, ParcelStatus } from '../../../types';
import { templateFor } from './milestones';

/**
 * How much a progress milestone matters when credits are short: 待取件 carries the pickup code
 * the user needs to collect the parcel; 已签收 and 已退回 close the story; 已揽收, 到达城市 and
 * 派送中 are nice to know.
 */
export const PROGRESS_PRIORITY = {
  AWAITING_PICKUP: 'KEY',
  DELIVERED: 'CLOSING',
  RETURNED: 'CLOSING',
  COLLECTED: 'EXTRA',
  ARRIVED_DEST_CITY: 'EXTRA',
  OUT_FOR_DELIVERY: 'EXTRA',
} as const satisfies Partial<Record<Milestone, 'KEY' | 'CLOSING' | 'EXTRA'>>;

/** Statuses of a parcel whose key moment (待取件, 已签收 or 已退回) is still to come. */
export const AWAITING_KEY_MOMENT: ReadonlySet<ParcelStatus> = new Set([
  'PENDING',
  'COLLECTED',
  'IN_TRANSIT',
  'ARRIVED_DEST_CITY',
  'OUT_FOR_DELIVERY',
  'EXCEPTION',
  'RETURNING',
  'UNKNOWN',
]);

export interface PushContext {
  milestone: Milestone;
  /** The follower's credits left for the milestone's template. */
  credits: number;
  /** The follower's other followed parcels whose key moment is still to come. */
  othersAwaiting: number;
  /** Whether this parcel's own key moment is still to come. */
  selfAwaiting: boolean;
}

/**
 * Whether a milestone may spend one of the follower's credits. Nothing is ever pushed without a
 * credit. Each parcel still moving keeps one progress credit in reserve for its key moment:
 * 待取件 may spend any credit, 已签收/已退回 only what the other parcels do not need, and
 * 已揽收/到达城市/派送中 only what is left over once every parcel (this one included) is covered.
 * Exception-template moments (异常, 退回中, alerts) all matter and have that pool to themselves.
 */
export function shouldPush({ milestone, credits, othersAwaiting, selfAwaiting }: PushContext): boolean {
  if (credits <= 0) return false;
  if (templateFor(milestone) === 'exception') return true;
  const priority = PROGRESS_PRIORITY[milestone as keyof typeof PROGRESS_PRIORITY];
  if (priority === 'KEY') return true;
  if (priority === 'CLOSING') return credits > othersAwaiting;
  return credits > othersAwaiting + (selfAwaiting ? 1 : 0);
}

/** Whether a milestone is a parcel's key moment: once it is recorded the parcel no longer holds a reserve. */
export function endsWait(milestone: Milestone): boolean {
  const priority = PROGRESS_PRIORITY[milestone as keyof typeof PROGRESS_PRIORITY];
  return priority === 'KEY' || priority === 'CLOSING';
}
