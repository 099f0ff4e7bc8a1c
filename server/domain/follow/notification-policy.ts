import type { Milestone } from '../../../types';

/** Milestones a user most wants to hear about: they may spend the last credits. */
export const IMPORTANT: ReadonlySet<Milestone> = new Set([
  'OUT_FOR_DELIVERY',
  'AWAITING_PICKUP',
  'DELIVERED',
  'EXCEPTION',
  'RETURNING',
  'RETURNED',
  'STALE',
  'OVERDUE',
  'PICKUP_OVERDUE',
]);

/** Credits kept back for important milestones: plain progress (collected, reached the city) is pushed only above this. */
export const RESERVED_CREDITS = 2;

/**
 * Whether a milestone is worth one of the user's remaining credits for its template. Nothing is
 * ever pushed without a credit; when credits run low they are kept for what matters most.
 */
export function shouldPush(milestone: Milestone, credits: number): boolean {
  if (credits <= 0) return false;
  return IMPORTANT.has(milestone) || credits > RESERVED_CREDITS;
}
