import { randomBytes } from 'node:crypto';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import type { Ids } from '../../ports/ids';
import {
  PaymentsError,
  type CreatedOrder,
  type CreateOrderInput,
  type OrderStatus,
  type Payments,
  type RefundInput,
  type RefundResult,
  type TradeState,
} from '../../ports/payments';
import { beijingSeconds } from '../wechatpay/beijing-time';
import { signSha256Rsa, platformKeys } from '../wechatpay/signature';
import { verifyNotification } from '../wechatpay/verify-notification';
import { loadOrCreateSandboxKeys, type SandboxKeys } from './sandbox-keys';
import { APPID, refundResource, transactionResource, type OrderDoc, type RefundDoc } from './notification-resources';
import { buildNotification, type NotificationContent } from './wechat-signer';

export const LOCAL_PAY_ORDERS = 'localPayOrders';
export const LOCAL_PAY_REFUNDS = 'localPayRefunds';

export type LocalPayOptions = (
  | {
      /** The sandbox's keys are made here once. */
      dataDir: string;
    }
  | {
      /** Keys made beforehand (tests). */
      keys: SandboxKeys;
    }
) & {
  store: DocStore;
  clock: Clock;
  ids: Ids;
  /** Where WeChat Pay would POST: gets each notification as headers and raw body, like payNotify. */
  deliver: (notification: { headers: Record<string, string>; body: string }) => Promise<void> | void;
};

export interface LocalPay extends Payments {
  /** The pay sheet's outcome. Like WeChat Pay, only a payment sends a notification; a failed or cancelled attempt leaves the order unpaid. */
  settle(outTradeNo: string, outcome: 'SUCCESS' | 'FAIL' | 'CANCEL'): Promise<{ tradeState: TradeState; notified: boolean }>;
  /** The refund's outcome at the bank, notified as WeChat Pay does (REFUND.SUCCESS / ABNORMAL / CLOSED). */
  settleRefund(outRefundNo: string, outcome: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): Promise<RefundResult>;
}

/** WeChat Pay v3 offline: the same port, orders in the DocStore, real signed and encrypted notifications. */
export function createLocalPay(options: LocalPayOptions): LocalPay {
  const { store, clock } = options;
  const keys = 'keys' in options ? options.keys : loadOrCreateSandboxKeys(options.dataDir);
  const signer = { privateKey: keys.platformPrivateKey, keyId: keys.publicKeyId };
  const verifierKeys = platformKeys({ publicKeys: [{ id: keys.publicKeyId, pem: keys.platformPublicKey }] });

  async function loadOrder(outTradeNo: string): Promise<StoredDoc<OrderDoc>> {
    const order = await store.get<OrderDoc>(LOCAL_PAY_ORDERS, outTradeNo);
    if (!order) throw new PaymentsError('NOT_FOUND', 'ORDER_NOT_EXIST', outTradeNo);
    // WeChat closes an unpaid order by itself once time_expire has passed.
    if (order.tradeState === 'NOTPAY' && clock.now() > order.expiresAtMs) return save(order, { tradeState: 'CLOSED' });
    return order;
  }

  async function save<T extends object>(doc: StoredDoc<T>, patch: Partial<T>, collection = LOCAL_PAY_ORDERS): Promise<StoredDoc<T>> {
    const updated = await store.update<T>(collection, doc._id, patch, { ifVersion: doc._v });
    if (!updated) throw new PaymentsError('UNAVAILABLE', 'SYSTEM_ERROR', `${doc._id} changed meanwhile, try again`);
    return updated;
  }

  async function notify(eventType: NotificationContent['eventType'], resource: Record<string, unknown>) {
    const content = { id: `EV-${options.ids.next()}`, createTime: beijingSeconds(clock.now()), eventType, resource };
    await options.deliver(buildNotification(content, signer, keys.apiV3Key, clock.now()));
  }

  const orderStatus = (o: StoredDoc<OrderDoc>): OrderStatus => ({
    outTradeNo: o._id,
    tradeState: o.tradeState,
    transactionId: o.transactionId,
    amountFen: o.amountFen,
    successTime: o.successTime,
    payerOpenid: o.openid,
  });

  const refundResult = (r: StoredDoc<RefundDoc>): RefundResult => ({
    outTradeNo: r.outTradeNo,
    outRefundNo: r._id,
    refundId: r.refundId,
    status: r.status,
    refundFen: r.refundFen,
    successTime: r.successTime,
  });

  async function loadRefund(outRefundNo: string): Promise<StoredDoc<RefundDoc>> {
    const refund = await store.get<RefundDoc>(LOCAL_PAY_REFUNDS, outRefundNo);
    if (!refund) throw new PaymentsError('NOT_FOUND', 'RESOURCE_NOT_EXISTS', outRefundNo);
    return refund;
  }

  return {
    source: 'local-pay',
    async createOrder(input: CreateOrderInput): Promise<CreatedOrder> {
      const existing = await store.get<OrderDoc>(LOCAL_PAY_ORDERS, input.outTradeNo);
      if (existing && (existing.amountFen !== input.amountFen || existing.openid !== input.payerOpenid))
        throw new PaymentsError('REJECTED', 'OUT_TRADE_NO_USED', input.outTradeNo);
      const prepayId = existing?.prepayId ?? `wx_local_${options.ids.next()}`;
      if (!existing) {
        const doc = {
          _id: input.outTradeNo,
          prepayId,
          description: input.description,
          amountFen: input.amountFen,
          openid: input.payerOpenid,
        };
        await store.insert<OrderDoc>(LOCAL_PAY_ORDERS, {
          ...doc,
          expiresAtMs: Date.parse(input.expiresAt),
          tradeState: 'NOTPAY',
          transactionId: null,
          successTime: null,
        });
      }
      const timeStamp = String(Math.floor(clock.now() / 1000));
      const nonceStr = randomBytes(12).toString('hex');
      const pkg = `prepay_id=${prepayId}`;
      const paySign = signSha256Rsa(`${APPID}\n${timeStamp}\n${nonceStr}\n${pkg}\n`, keys.merchantPrivateKey);
      return { prepayId, payment: { timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign } };
    },

    async queryOrder(outTradeNo) {
      return orderStatus(await loadOrder(outTradeNo));
    },

    async closeOrder(outTradeNo) {
      const order = await loadOrder(outTradeNo);
      if (order.tradeState === 'SUCCESS' || order.tradeState === 'REFUND') throw new PaymentsError('ORDER_PAID', 'ORDERPAID', outTradeNo);
      if (order.tradeState === 'NOTPAY') await save(order, { tradeState: 'CLOSED' });
    },

    async settle(outTradeNo, outcome) {
      const order = await loadOrder(outTradeNo);
      if (order.tradeState === 'CLOSED') throw new PaymentsError('ORDER_CLOSED', 'ORDER_CLOSED', outTradeNo);
      if (outcome !== 'SUCCESS' || order.tradeState !== 'NOTPAY') return { tradeState: order.tradeState, notified: false };
      const paid = await save(order, {
        tradeState: 'SUCCESS',
        transactionId: `4200${clock.now()}${options.ids.next().slice(0, 6)}`,
        successTime: beijingSeconds(clock.now()),
      });
      await notify('TRANSACTION.SUCCESS', transactionResource(paid));
      return { tradeState: 'SUCCESS', notified: true };
    },

    async refund(input: RefundInput) {
      const existing = await store.get<RefundDoc>(LOCAL_PAY_REFUNDS, input.outRefundNo);
      // One out_refund_no refunds once: asking again answers with that refund.
      if (existing) return refundResult(existing);
      const order = await loadOrder(input.outTradeNo);
      if (order.tradeState !== 'SUCCESS' && order.tradeState !== 'REFUND') throw new PaymentsError('REJECTED', 'TRADE_ERROR', '订单未支付');
      const earlier = await store.find<RefundDoc>(LOCAL_PAY_REFUNDS, {
        where: { outTradeNo: input.outTradeNo, status: { neq: 'CLOSED' } },
      });
      if (earlier.reduce((sum, r) => sum + r.refundFen, 0) + input.refundFen > order.amountFen)
        throw new PaymentsError('REJECTED', 'INVALID_REQUEST', '退款金额超过订单金额');
      const refund = await store.insert<RefundDoc>(LOCAL_PAY_REFUNDS, {
        _id: input.outRefundNo,
        outTradeNo: input.outTradeNo,
        refundId: `5030${options.ids.next()}`,
        status: 'PROCESSING',
        refundFen: input.refundFen,
        totalFen: order.amountFen,
        successTime: null,
      });
      if (order.tradeState === 'SUCCESS') await save(order, { tradeState: 'REFUND' });
      return refundResult(refund);
    },

    async queryRefund(outRefundNo) {
      return refundResult(await loadRefund(outRefundNo));
    },

    async settleRefund(outRefundNo, outcome) {
      const refund = await loadRefund(outRefundNo);
      if (refund.status !== 'PROCESSING' && refund.status !== 'ABNORMAL')
        throw new PaymentsError('REJECTED', 'INVALID_REQUEST', `refund is ${refund.status}`);
      const settled = await save<RefundDoc>(
        refund,
        { status: outcome, successTime: outcome === 'SUCCESS' ? beijingSeconds(clock.now()) : null },
        LOCAL_PAY_REFUNDS,
      );
      const order = await loadOrder(settled.outTradeNo);
      await notify(`REFUND.${outcome}`, refundResource(settled, order.transactionId));
      return refundResult(settled);
    },

    async verifyNotification(raw) {
      return verifyNotification(raw, { keys: verifierKeys, apiV3Key: keys.apiV3Key, nowMs: clock.now() });
    },
  };
}
