import WxPay from 'wechatpay-node-v3';
import { paymentParamsSchema } from '../../../types/intercepts';
import type { Clock } from '../../ports/clock';
import {
  PaymentsError,
  type CreatedOrder,
  type CreateOrderInput,
  type OrderStatus,
  type Payments,
  type RawNotification,
  type RefundInput,
  type RefundResult,
} from '../../ports/payments';
import { beijingSeconds } from './beijing-time';
import { VerifiedHttpService, WECHATPAY_BASE_URL } from './http-service';
import { toOrderStatus, toPaymentsError, toRefundResult } from './map-response';
import { prepaySchema } from './schemas';
import type { PlatformKeys } from './signature';
import { verifyNotification } from './verify-notification';

export interface WechatPayOptions {
  appid: string;
  mchid: string;
  /** Serial of the merchant API certificate (apiclient_cert.pem). */
  merchantSerialNo: string;
  /** apiclient_key.pem */
  merchantPrivateKey: string;
  apiV3Key: string;
  /** Platform certificates and/or the WeChat Pay public key, by Wechatpay-Serial. */
  platformKeys: PlatformKeys;
  /** Public HTTPS URL of payNotify, for payments and refunds. */
  notifyUrl: string;
  clock: Clock;
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** WeChat Pay API v3, JSAPI: wechatpay-node-v3 builds and signs requests and the requestPayment parameters; our transport checks answers. */
export function createWechatPay(options: WechatPayOptions): Payments {
  const pay = new WxPay({
    appid: options.appid,
    mchid: options.mchid,
    serial_no: options.merchantSerialNo,
    // Only read to derive serial_no, which we give: the certificate itself is not needed.
    publicKey: Buffer.from('-'),
    privateKey: Buffer.from(options.merchantPrivateKey),
    key: options.apiV3Key,
  });
  pay.createHttp(
    new VerifiedHttpService({
      baseUrl: options.baseUrl ?? WECHATPAY_BASE_URL,
      platformKeys: options.platformKeys,
      clock: options.clock,
      timeoutMs: options.timeoutMs ?? 5000,
      fetch: options.fetch ?? globalThis.fetch,
    }),
  );
  const failed = (res: { status: number; error?: unknown }) => toPaymentsError(res.status, String(res.error ?? ''));

  const queryOrder = async (outTradeNo: string): Promise<OrderStatus> => {
    const res = await pay.query({ out_trade_no: outTradeNo });
    if (res.status !== 200) throw failed(res);
    return toOrderStatus(res.data);
  };

  return {
    source: 'wechatpay',
    async createOrder(input: CreateOrderInput): Promise<CreatedOrder> {
      const res = await pay.transactions_jsapi({
        description: input.description,
        out_trade_no: input.outTradeNo,
        notify_url: options.notifyUrl,
        time_expire: beijingSeconds(Date.parse(input.expiresAt)),
        amount: { total: input.amountFen, currency: 'CNY' },
        payer: { openid: input.payerOpenid },
      });
      if (res.status !== 200) throw failed(res);
      // On success the library replaces the answer with the signed requestPayment parameters.
      const { appId: _appId, ...params } = (res.data ?? {}) as Record<string, unknown>;
      const payment = paymentParamsSchema.safeParse(params);
      const prepay = prepaySchema.safeParse({ prepay_id: String(params.package ?? '').replace(/^prepay_id=/, '') });
      if (!payment.success || !prepay.success) throw new PaymentsError('BAD_RESPONSE', '', 'JSAPI order answered without prepay_id');
      return { prepayId: prepay.data.prepay_id, payment: payment.data };
    },
    queryOrder,
    async closeOrder(outTradeNo: string): Promise<void> {
      const res = await pay.close(outTradeNo);
      if (res.status === 204 || res.status === 200) return;
      // v3 documents no ORDERPAID for close: ask the order itself what happened.
      const order = await queryOrder(outTradeNo);
      if (order.tradeState === 'SUCCESS' || order.tradeState === 'REFUND') throw new PaymentsError('ORDER_PAID', 'ORDERPAID', outTradeNo);
      if (order.tradeState !== 'CLOSED') throw failed(res);
    },
    async refund(input: RefundInput): Promise<RefundResult> {
      const res = await pay.refunds({
        out_trade_no: input.outTradeNo,
        out_refund_no: input.outRefundNo,
        reason: input.reason,
        notify_url: options.notifyUrl,
        amount: { refund: input.refundFen, total: input.totalFen, currency: 'CNY' },
      });
      if (res.status !== 200) throw failed(res);
      return toRefundResult(res.data);
    },
    async queryRefund(outRefundNo: string): Promise<RefundResult> {
      const res = await pay.find_refunds(outRefundNo);
      if (res.status !== 200) throw failed(res);
      return toRefundResult(res.data);
    },
    async verifyNotification(raw: RawNotification) {
      return verifyNotification(raw, { keys: options.platformKeys, apiV3Key: options.apiV3Key, nowMs: options.clock.now() });
    },
  };
}
