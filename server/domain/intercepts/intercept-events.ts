import type { InterceptState, STAFF_ALERTS } from '../../../types/intercepts';

/**
 * The one intercept state machine. `paid` records that money was taken; `refundAttempt` numbers the
 * refund we owe (0: none). A refund number is reused until WeChat closes it, so a replayed timer
 * or a retried call can never refund twice (one out_refund_no refunds once).
 */
export interface InterceptMachine {
  state: InterceptState;
  paid: boolean;
  refundAttempt: number;
}

export type OutcomeSource = 'CARRIER' | 'STAFF' | 'TRACKING';

export type InterceptEvent =
  | { type: 'ORDER_CREATED' }
  | { type: 'ORDER_FAILED' }
  /** From a verified notification or an order query; may be replayed or arrive late. */
  | { type: 'PAYMENT_SUCCEEDED' }
  /** An order query says the order is closed or failed: no money was taken. */
  | { type: 'PAYMENT_CLOSED' }
  /** Our deadline for paying passed. */
  | { type: 'PAYMENT_EXPIRED' }
  | { type: 'CANCEL' }
  | { type: 'SUBMITTED'; channel: 'CARRIER' | 'STAFF' }
  | { type: 'SUBMISSION_REJECTED'; note: string }
  | { type: 'ACCEPTED' }
  | { type: 'OUTCOME'; result: 'SUCCEEDED' | 'FAILED'; source: OutcomeSource; note?: string }
  /** Our deadline for an outcome passed. */
  | { type: 'OUTCOME_OVERDUE' }
  | { type: 'REFUND_ACCEPTED'; attempt: number }
  | { type: 'REFUND_SUCCEEDED'; attempt: number }
  | { type: 'REFUND_ABNORMAL'; attempt: number }
  | { type: 'REFUND_CLOSED'; attempt: number }
  /** A periodic nudge: redo whatever is still owed (query the order, submit, refund). */
  | { type: 'TIMER' };

export type StaffAlert = (typeof STAFF_ALERTS)[number];

export type InterceptEffect =
  | { type: 'CLOSE_ORDER' }
  | { type: 'QUERY_ORDER' }
  /** To the carrier's intercept API where we hold credentials, else to the staff queue. */
  | { type: 'SUBMIT' }
  /** Full refund under refundNo(outTradeNo, attempt); safe to repeat. */
  | { type: 'CREATE_REFUND'; attempt: number }
  /** Tell the user about the new state (service template, message centre). */
  | { type: 'NOTIFY_USER' }
  | { type: 'ALERT_STAFF'; reason: StaffAlert };
