import { printableAddress } from '../../../types/china-regions';
import { refundNo, type InterceptEffect, type InterceptEvent } from '../../domain/intercepts/intercept-machine';
import { orderStateEvent, refundStatusEvent } from '../../domain/intercepts/watch-rules';
import { CarrierInterceptError, type CarrierIntercept, type InterceptOrder } from '../../ports/carrier-intercept';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import { PaymentsError, type Payments } from '../../ports/payments';
import type { StoredIntercept } from './intercept.repository';

export interface EffectDeps {
  clock: Clock;
  log: Logger;
  payments: Payments | null;
  carrierIntercept: CarrierIntercept | null;
}

/** How long a carrier channel may stay unreachable before staff take the case over. */
const CARRIER_PATIENCE_MS = 10 * 60_000;

const REFUND_REASON = { CANCELLED: '用户取消拦截申请，全额退款', FAILED: '拦截未成功，全额退款' } as const;

/**
 * Runs one effect that needs the outside world and says what came of it, as the event the machine
 * hears next (null: nothing to tell, the watch timer tries again). Every call here is safe to
 * repeat: WeChat refunds one refund number once, closing a closed order changes nothing.
 */
export function createEffectRunner(deps: EffectDeps) {
  const { log } = deps;

  async function closeOrder(r: StoredIntercept, payments: Payments): Promise<InterceptEvent | null> {
    try {
      await payments.closeOrder(r._id);
      return null;
    } catch (err) {
      if (err instanceof PaymentsError && err.kind === 'ORDER_PAID') return { type: 'PAYMENT_SUCCEEDED' };
      // WeChat closes the order itself at its time_expire: nothing is lost when this fails.
      log.warn({ err, intercept: r._id }, 'closing the order failed');
      return null;
    }
  }

  async function queryOrder(r: StoredIntercept, payments: Payments): Promise<InterceptEvent | null> {
    const nowMs = deps.clock.now();
    try {
      const order = await payments.queryOrder(r._id);
      if (order.amountFen !== null && order.amountFen !== r.feeFen && order.tradeState === 'SUCCESS') {
        log.error({ intercept: r._id, paid: order.amountFen, fee: r.feeFen }, 'paid amount differs from the fee');
      }
      return orderStateEvent(order.tradeState, nowMs, r.payDeadlineMs);
    } catch (err) {
      // An order that never got created (the call failed before WeChat had it) cannot be paid once the deadline passed.
      if (err instanceof PaymentsError && err.kind === 'NOT_FOUND' && nowMs >= r.payDeadlineMs)
        return r.state === 'REQUESTED' ? { type: 'ORDER_FAILED' } : { type: 'PAYMENT_CLOSED' };
      log.warn({ err, intercept: r._id }, 'order query failed');
      return null;
    }
  }

  async function refund(r: StoredIntercept, payments: Payments, attempt: number): Promise<InterceptEvent | null> {
    try {
      const result = await payments.refund({
        outTradeNo: r._id,
        outRefundNo: refundNo(r._id, attempt),
        refundFen: r.feeFen,
        totalFen: r.feeFen,
        reason: r.state === 'CANCELLED' ? REFUND_REASON.CANCELLED : REFUND_REASON.FAILED,
      });
      return refundStatusEvent(result.status, attempt);
    } catch (err) {
      log.error({ err, intercept: r._id, attempt }, 'refund request failed; the watch timer sends it again');
      return null;
    }
  }

  async function submit(r: StoredIntercept): Promise<InterceptEvent | null> {
    const channel = deps.carrierIntercept;
    if (!channel?.supports(r.carrier, r.type)) return { type: 'SUBMITTED', channel: 'STAFF' };
    try {
      await channel.submit(carrierOrder(r));
      return { type: 'SUBMITTED', channel: 'CARRIER' };
    } catch (err) {
      if (!(err instanceof CarrierInterceptError)) throw err;
      if (err.kind === 'REJECTED') return { type: 'SUBMISSION_REJECTED', note: readableReason(err.detail) };
      log.warn({ err, intercept: r._id, kind: err.kind }, 'carrier intercept channel failed');
      // Our account or the aggregator is at fault, not the parcel: a person can still do it.
      const paidAtMs = [...r.history].reverse().find((h) => h.state === 'PAID')?.atMs ?? r.createdAtMs;
      if (err.kind !== 'UNAVAILABLE' || deps.clock.now() - paidAtMs > CARRIER_PATIENCE_MS) return { type: 'SUBMITTED', channel: 'STAFF' };
      return null;
    }
  }

  return async function run(r: StoredIntercept, effect: InterceptEffect): Promise<InterceptEvent | null> {
    const { payments } = deps;
    switch (effect.type) {
      case 'SUBMIT':
        return submit(r);
      case 'CLOSE_ORDER':
        return payments ? closeOrder(r, payments) : null;
      case 'QUERY_ORDER':
        return payments ? queryOrder(r, payments) : null;
      case 'CREATE_REFUND':
        return payments ? refund(r, payments, effect.attempt) : null;
      default:
        return null; // NOTIFY_USER and ALERT_STAFF happen inside the transaction
    }
  };
}

export type EffectRunner = ReturnType<typeof createEffectRunner>;

function carrierOrder(r: StoredIntercept): InterceptOrder {
  const a = r.newAddress;
  return {
    carrier: r.carrier,
    waybillNo: r.waybillNo,
    type: r.type,
    ...(a ? { newReceiver: { name: a.name, phone: a.phone, printAddr: printableAddress(a, a.detail) } } : {}),
    reason: r.type === 'REDIRECT' ? '收件人申请改址' : '寄件人申请拦截',
    reference: r._id,
  };
}

/** The carrier's refusal in words a user can read; its own text when it is Chinese. */
function readableReason(detail: string): string {
  return /[\u4e00-\u9fa5]/.test(detail) ? detail.slice(0, 40) : '该快递当前不能拦截';
}
