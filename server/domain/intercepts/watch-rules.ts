import type { InterceptEvent, InterceptMachine } from './intercept-events';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long the user has to pay (the order's time_expire); WeChat closes the order itself after it. */
export const PAY_WINDOW_MS = 15 * MINUTE;
/** A submitted intercept without an outcome after this counts as failed, and staff hear of it. */
export const OUTCOME_DUE_MS = 48 * HOUR;
/** After a success, the timeline can still prove it wrong for this long (delivered at the old address). */
export const CONFIRM_WINDOW_MS = 7 * DAY;

const RECHECK_MS = {
  /** An unpaid order: look again before the deadline in case a notification got lost. */
  unpaid: 5 * MINUTE,
  /** Paid but not yet submitted: the submission failed or is still running. */
  paid: 2 * MINUTE,
  /** Waiting for an outcome: the parcel's timeline is read again this often. */
  outcome: 2 * HOUR,
  /** A success is watched less often. */
  succeeded: 6 * HOUR,
  /** A refund owed or not yet settled: sent again under the same number (WeChat refunds a number once). */
  refund: 10 * MINUTE,
} as const;

export interface WatchInput {
  machine: InterceptMachine;
  nowMs: number;
  payDeadlineMs: number;
  outcomeDueAtMs: number | null;
  succeededAtMs: number | null;
}

/** When the watch timer should next look at an intercept; null once nothing can change any more. */
export function nextCheckAtMs(w: WatchInput): number | null {
  const { state, paid } = w.machine;
  switch (state) {
    case 'REQUESTED':
    case 'PAYMENT_PENDING':
      return Math.min(w.nowMs + RECHECK_MS.unpaid, w.payDeadlineMs + MINUTE);
    case 'PAID':
      return w.nowMs + RECHECK_MS.paid;
    case 'SUBMITTED':
    case 'ACCEPTED':
      return Math.min(w.nowMs + RECHECK_MS.outcome, w.outcomeDueAtMs ?? Infinity);
    case 'SUCCEEDED':
      return w.succeededAtMs !== null && w.nowMs < w.succeededAtMs + CONFIRM_WINDOW_MS ? w.nowMs + RECHECK_MS.succeeded : null;
    case 'FAILED':
    case 'REFUNDING':
      return w.nowMs + RECHECK_MS.refund;
    case 'CANCELLED':
      return paid ? w.nowMs + RECHECK_MS.refund : null;
    case 'REFUNDED':
      return null;
  }
}

/** What the watch timer tells the machine about an intercept that is due: its deadline, or a nudge to redo what is owed. */
export function watchEvent(w: WatchInput): InterceptEvent {
  const waiting = w.machine.state === 'SUBMITTED' || w.machine.state === 'ACCEPTED';
  if (waiting && w.outcomeDueAtMs !== null && w.nowMs >= w.outcomeDueAtMs) return { type: 'OUTCOME_OVERDUE' };
  return { type: 'TIMER' };
}

/** Whether the parcel's timeline should be read again for this intercept (it may confirm or contradict the outcome). */
export function watchesTimeline(state: InterceptMachine['state']): boolean {
  return state === 'SUBMITTED' || state === 'ACCEPTED' || state === 'SUCCEEDED';
}

/** WeChat Pay's trade_state, as the machine hears it; null while the order can still be paid. */
export function orderStateEvent(tradeState: string, nowMs: number, payDeadlineMs: number): InterceptEvent | null {
  if (tradeState === 'SUCCESS' || tradeState === 'REFUND') return { type: 'PAYMENT_SUCCEEDED' };
  // WeChat closes an unpaid order itself at its deadline: past it, the user hears why.
  if (nowMs >= payDeadlineMs) return { type: 'PAYMENT_EXPIRED' };
  if (tradeState === 'CLOSED' || tradeState === 'REVOKED' || tradeState === 'PAYERROR') return { type: 'PAYMENT_CLOSED' };
  return null;
}

/** A refund's status (answer or notification), as the machine hears it. */
export function refundStatusEvent(status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL', attempt: number): InterceptEvent {
  const type = {
    SUCCESS: 'REFUND_SUCCEEDED',
    CLOSED: 'REFUND_CLOSED',
    PROCESSING: 'REFUND_ACCEPTED',
    ABNORMAL: 'REFUND_ABNORMAL',
  } as const;
  return { type: type[status], attempt };
}
