import type { InterceptState } from '../../../types/intercepts';
import type { InterceptEffect, InterceptEvent, InterceptMachine } from './intercept-events';
import { interceptNote } from './intercept-notes';

export type { InterceptEffect, InterceptEvent, InterceptMachine, OutcomeSource, StaffAlert } from './intercept-events';

export type TransitionResult =
  | { outcome: 'APPLIED'; machine: InterceptMachine; effects: InterceptEffect[]; note: string | null }
  /** Nothing to do: a replay, a late or stale event. */
  | { outcome: 'IGNORED'; machine: InterceptMachine; effects: []; note: null }
  /** A user or staff command that this state does not allow (NOT_ALLOWED_IN_STATE). */
  | { outcome: 'REJECTED'; machine: InterceptMachine; effects: []; note: null };

export const INITIAL_MACHINE: InterceptMachine = { state: 'REQUESTED', paid: false, refundAttempt: 0 };

/** The out_refund_no of a refund attempt: stable, so WeChat refunds it once however often it is sent. */
export function refundNo(outTradeNo: string, attempt: number): string {
  return `${outTradeNo}R${attempt}`;
}

/** The attempt a refund number stands for, or null when it is not one of this order's refunds. */
export function refundAttemptOf(outTradeNo: string, outRefundNo: string): number | null {
  if (!outRefundNo.startsWith(`${outTradeNo}R`)) return null;
  const attempt = Number(outRefundNo.slice(outTradeNo.length + 1));
  return Number.isInteger(attempt) && attempt > 0 ? attempt : null;
}

export function canCancel(m: InterceptMachine): boolean {
  return m.state === 'REQUESTED' || m.state === 'PAYMENT_PENDING' || m.state === 'PAID';
}

/** Final for the money: nothing is owed to or by the user any more. */
export function isSettled(m: InterceptMachine): boolean {
  return m.state === 'SUCCEEDED' || m.state === 'REFUNDED' || (m.state === 'CANCELLED' && !m.paid);
}

/** A refund is owed and WeChat has not yet accepted it. */
function owesRefund(m: InterceptMachine): boolean {
  return m.paid && (m.state === 'FAILED' || m.state === 'CANCELLED');
}

export function transition(m: InterceptMachine, e: InterceptEvent): TransitionResult {
  const ignored: TransitionResult = { outcome: 'IGNORED', machine: m, effects: [], note: null };
  const to = (state: InterceptState, effects: InterceptEffect[], patch: Partial<InterceptMachine> = {}): TransitionResult => {
    const machine = { ...m, ...patch, state };
    return { outcome: 'APPLIED', machine, effects, note: interceptNote(m, machine, e) };
  };
  const startRefund = (state: InterceptState, extra: InterceptEffect[] = []) =>
    to(state, [{ type: 'CREATE_REFUND', attempt: 1 }, { type: 'NOTIFY_USER' }, ...extra], { refundAttempt: 1 });

  if (e.type === 'CANCEL') {
    if (m.state === 'REQUESTED' || m.state === 'PAYMENT_PENDING')
      return to('CANCELLED', [{ type: 'CLOSE_ORDER' }, { type: 'NOTIFY_USER' }]);
    if (m.state === 'PAID') return startRefund('CANCELLED');
    if (m.state === 'CANCELLED' || m.state === 'REFUNDED') return ignored;
    return { outcome: 'REJECTED', machine: m, effects: [], note: null };
  }
  if (e.type.startsWith('REFUND_')) return refundEvent(m, e as Extract<InterceptEvent, { attempt: number }>, to, ignored);

  switch (m.state) {
    case 'REQUESTED':
    case 'PAYMENT_PENDING':
      if (e.type === 'ORDER_CREATED' && m.state === 'REQUESTED') return to('PAYMENT_PENDING', []);
      if (e.type === 'ORDER_FAILED' && m.state === 'REQUESTED') return to('CANCELLED', [{ type: 'NOTIFY_USER' }]);
      if (e.type === 'PAYMENT_SUCCEEDED') return to('PAID', [{ type: 'SUBMIT' }, { type: 'NOTIFY_USER' }], { paid: true });
      if (e.type === 'PAYMENT_CLOSED') return to('CANCELLED', [{ type: 'NOTIFY_USER' }]);
      if (e.type === 'PAYMENT_EXPIRED') return to('CANCELLED', [{ type: 'CLOSE_ORDER' }, { type: 'NOTIFY_USER' }]);
      if (e.type === 'TIMER') return { outcome: 'APPLIED', machine: m, effects: [{ type: 'QUERY_ORDER' }], note: null };
      return ignored;
    case 'PAID':
      if (e.type === 'SUBMITTED') return to('SUBMITTED', [{ type: 'NOTIFY_USER' }]);
      if (e.type === 'SUBMISSION_REJECTED') return startRefund('FAILED');
      if (e.type === 'TIMER') return { outcome: 'APPLIED', machine: m, effects: [{ type: 'SUBMIT' }], note: null };
      return ignored;
    case 'SUBMITTED':
    case 'ACCEPTED':
      if (e.type === 'ACCEPTED' && m.state === 'SUBMITTED') return to('ACCEPTED', [{ type: 'NOTIFY_USER' }]);
      if (e.type === 'OUTCOME' && e.result === 'SUCCEEDED') return to('SUCCEEDED', [{ type: 'NOTIFY_USER' }]);
      if (e.type === 'OUTCOME' || e.type === 'SUBMISSION_REJECTED') return startRefund('FAILED');
      if (e.type === 'OUTCOME_OVERDUE') return startRefund('FAILED', [{ type: 'ALERT_STAFF', reason: 'OUTCOME_OVERDUE' }]);
      return ignored;
    case 'SUCCEEDED':
      // The timeline can still prove a reported success wrong (delivered to the old address).
      if (e.type === 'OUTCOME' && e.result === 'FAILED' && e.source === 'TRACKING')
        return startRefund('FAILED', [{ type: 'ALERT_STAFF', reason: 'TRACKING_CONTRADICTS' }]);
      return ignored;
    case 'CANCELLED':
      // Paid after we cancelled (the close lost the race): the money goes back.
      if (e.type === 'PAYMENT_SUCCEEDED' && !m.paid)
        return to('CANCELLED', [{ type: 'CREATE_REFUND', attempt: 1 }, { type: 'NOTIFY_USER' }], { paid: true, refundAttempt: 1 });
      return e.type === 'TIMER' && owesRefund(m) ? retryRefund(m) : ignored;
    case 'FAILED':
    case 'REFUNDING':
      return e.type === 'TIMER' ? retryRefund(m) : ignored;
    default:
      return ignored;
  }
}

function retryRefund(m: InterceptMachine): TransitionResult {
  return { outcome: 'APPLIED', machine: m, effects: [{ type: 'CREATE_REFUND', attempt: m.refundAttempt }], note: null };
}

type Refund = Extract<InterceptEvent, { attempt: number }>;

function refundEvent(
  m: InterceptMachine,
  e: Refund,
  to: (state: InterceptState, effects: InterceptEffect[], patch?: Partial<InterceptMachine>) => TransitionResult,
  ignored: TransitionResult,
): TransitionResult {
  const open = owesRefund(m) || m.state === 'REFUNDING';
  // Answers about another attempt, or with no refund open, are stale: WeChat already told us more.
  if (!open || e.attempt !== m.refundAttempt) return ignored;
  switch (e.type) {
    case 'REFUND_ACCEPTED':
      return m.state === 'REFUNDING' ? ignored : to('REFUNDING', [{ type: 'NOTIFY_USER' }]);
    case 'REFUND_SUCCEEDED':
      return to('REFUNDED', [{ type: 'NOTIFY_USER' }]);
    case 'REFUND_ABNORMAL':
      // Not final at WeChat: the merchant re-routes it and the same refund number then succeeds.
      return to('REFUNDING', [{ type: 'ALERT_STAFF', reason: 'REFUND_ABNORMAL' }, { type: 'NOTIFY_USER' }]);
    case 'REFUND_CLOSED': {
      const attempt = m.refundAttempt + 1;
      return to(
        'REFUNDING',
        [
          { type: 'CREATE_REFUND', attempt },
          { type: 'ALERT_STAFF', reason: 'REFUND_CLOSED' },
        ],
        { refundAttempt: attempt },
      );
    }
  }
}
