import { beijingIso } from '../../../types/time';
import { refundAttemptOf, type InterceptEvent } from '../../domain/intercepts/intercept-machine';
import { refundStatusEvent } from '../../domain/intercepts/watch-rules';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import {
  NOTIFY_ACK,
  notifyRetry,
  type NotificationLedger,
  type NotifyReply,
  type PaymentNotification,
  type Payments,
  type RawNotification,
} from '../../ports/payments';
import { applyInTx, type Applied } from './apply-transition';
import type { InterceptEngine } from './intercept-engine';

export interface PayNotifyDeps {
  clock: Clock;
  log: Logger;
  monotonicMs: () => number;
  payments: Payments | null;
  engine: InterceptEngine;
  /** The ledger of notification ids, over the transaction's store. */
  ledger: (tx: DocStore) => NotificationLedger;
  /** How long effects may run before the answer goes out (EFFECTS_BUDGET_MS). */
  effectsBudgetMs?: number;
}

/** WeChat Pay wants an answer within 5 s; what takes longer is finished by the watch timer. */
export const EFFECTS_BUDGET_MS = 3_000;

/** The intercept (by its order number) and the event a verified notification stands for; null when it concerns nothing of ours. */
function eventOf(n: PaymentNotification): { id: string; event: InterceptEvent } | null {
  if (n.kind === 'TRANSACTION') {
    const paid = n.transaction.tradeState === 'SUCCESS';
    return paid ? { id: n.transaction.outTradeNo, event: { type: 'PAYMENT_SUCCEEDED' } } : null;
  }
  const attempt = refundAttemptOf(n.refund.outTradeNo, n.refund.outRefundNo);
  return attempt === null ? null : { id: n.refund.outTradeNo, event: refundStatusEvent(n.refund.status, attempt) };
}

/**
 * WeChat Pay's payment and refund notifications: verified (signature, freshness, decryption), the
 * notification id claimed in the same transaction that applies it, so a replay or a late copy
 * changes nothing; then the effects (submission, refunds) within the time WeChat waits.
 */
export function createPayNotify(deps: PayNotifyDeps) {
  const { log } = deps;

  async function within(work: Promise<unknown>, ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = work.catch((err: unknown) => log.error({ err }, 'intercept effects after a notification failed'));
    await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  return async function payNotify(raw: RawNotification): Promise<NotifyReply> {
    const started = deps.monotonicMs();
    if (!deps.payments) return notifyRetry('payments are not configured here');
    const verdict = await deps.payments.verifyNotification(raw);
    if (!verdict.ok) {
      log.warn({ error: verdict.error, detail: verdict.detail }, 'payment notification refused');
      return verdict.reply;
    }
    const n = verdict.notification;
    const target = eventOf(n);
    let applied: Applied | 'REPLAY' | null;
    try {
      applied = await deps.engine.transact(async (tx) => {
        if ((await deps.ledger(tx).claim(n.id, beijingIso(deps.clock.now()))) === 'REPLAY') return 'REPLAY';
        return target ? applyInTx(tx, target.id, target.event, deps.clock.now()) : null;
      });
    } catch (err) {
      log.error({ err, notification: n.id }, 'payment notification could not be applied; WeChat Pay sends it again');
      return notifyRetry('暂时无法处理，请稍后重试');
    }
    if (applied === 'REPLAY') return NOTIFY_ACK;
    if (!applied) {
      log.warn({ notification: n.id, eventType: n.eventType, target: target?.id }, 'notification for no intercept of ours');
      return NOTIFY_ACK;
    }
    if (applied.result.outcome === 'APPLIED') {
      deps.engine.alertStaff(applied);
      const left = (deps.effectsBudgetMs ?? EFFECTS_BUDGET_MS) - (deps.monotonicMs() - started);
      await within(deps.engine.settle(applied.record, applied.result.effects), Math.max(0, left));
    }
    return NOTIFY_ACK;
  };
}
