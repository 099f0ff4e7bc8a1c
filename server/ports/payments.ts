import type { PaymentParams } from '../../types/intercepts';

/**
 * WeChat Pay API v3 (JSAPI), as the intercept use cases need it; the local pay sandbox answers the
 * same way offline. Amounts are in fen, times ISO-8601 with +08:00. Facts: docs/reference/wechat-pay.md.
 */
export interface CreateOrderInput {
  /** Ours, 6–32 of [A-Za-z0-9_-|*]; one per intercept. */
  outTradeNo: string;
  /** Shown in the user's bill, at most 127 bytes. */
  description: string;
  amountFen: number;
  payerOpenid: string;
  /** After this WeChat refuses the payment (time_expire). */
  expiresAt: string;
}

export interface CreatedOrder {
  prepayId: string;
  /** Hand to Taro.requestPayment as it is. */
  payment: PaymentParams;
}

/** trade_state of v3 order queries; REVOKED, USERPAYING and PAYERROR occur with code payments only. */
export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';

export interface OrderStatus {
  outTradeNo: string;
  tradeState: TradeState;
  transactionId: string | null;
  /** What the order is for (amount.total), when WeChat says. */
  amountFen: number | null;
  successTime: string | null;
  payerOpenid: string | null;
}

export interface RefundInput {
  outTradeNo: string;
  /** One number refunds once however often it is sent. */
  outRefundNo: string;
  refundFen: number;
  totalFen: number;
  reason: string;
}

/** ABNORMAL is not final (the merchant re-routes it); CLOSED is. */
export type RefundStatus = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';

export interface RefundResult {
  outTradeNo: string;
  outRefundNo: string;
  refundId: string;
  status: RefundStatus;
  refundFen: number;
  successTime: string | null;
}

/** A notification as it arrived: header names in any case, the body untouched. */
export interface RawNotification {
  headers: Record<string, string | string[] | undefined>;
  /** The raw text; anything else (an already parsed object) is refused, as its signature cannot be checked. */
  body: unknown;
}

export type PaymentNotification =
  | { id: string; createTime: string; kind: 'TRANSACTION'; eventType: string; transaction: OrderStatus }
  | { id: string; createTime: string; kind: 'REFUND'; eventType: string; refund: RefundResult };

export const NOTIFICATION_ERRORS = [
  'MISSING_HEADERS',
  'BODY_NOT_RAW',
  'SIGNATURE_PROBE',
  'BAD_TIMESTAMP',
  'STALE_TIMESTAMP',
  'FUTURE_TIMESTAMP',
  'UNKNOWN_SERIAL',
  'UNKNOWN_PUBLIC_KEY_ID',
  'BAD_SIGNATURE',
  'MALFORMED_BODY',
  'UNSUPPORTED_ALGORITHM',
  'DECRYPTION_FAILED',
  'MALFORMED_RESOURCE',
] as const;
export type NotificationError = (typeof NOTIFICATION_ERRORS)[number];

/** The HTTP answer WeChat Pay expects: 2xx without body when taken, 4xx/5xx with {code, message} to be retried. */
export interface NotifyReply {
  status: number;
  body: string;
}

export type NotificationVerdict =
  { ok: true; notification: PaymentNotification } | { ok: false; error: NotificationError; detail: string; reply: NotifyReply };

export const NOTIFY_ACK: NotifyReply = { status: 204, body: '' };

/** Our side failed (storage down…): WeChat sends the notification again later. */
export function notifyRetry(message: string): NotifyReply {
  return { status: 500, body: JSON.stringify({ code: 'FAIL', message }) };
}

export type PaymentsErrorKind =
  | 'UNAVAILABLE'
  | 'AUTH'
  | 'BAD_RESPONSE'
  | 'NOT_FOUND'
  /** Closing an order that was paid meanwhile: read it as a payment. */
  | 'ORDER_PAID'
  | 'ORDER_CLOSED'
  /** WeChat refused the request for a business reason (code and message kept). */
  | 'REJECTED';

export class PaymentsError extends Error {
  constructor(
    readonly kind: PaymentsErrorKind,
    /** WeChat's error code (e.g. ORDERPAID, NOT_ENOUGH), or '' for transport errors. */
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${kind} ${code}: ${detail}`);
    this.name = 'PaymentsError';
  }
}

export interface Payments {
  /** "wechatpay" or "local-pay". */
  readonly source: string;
  createOrder(input: CreateOrderInput): Promise<CreatedOrder>;
  /** Query-on-return: the client's word that it paid is never enough. */
  queryOrder(outTradeNo: string): Promise<OrderStatus>;
  /** Throws PaymentsError ORDER_PAID when the user paid meanwhile. */
  closeOrder(outTradeNo: string): Promise<void>;
  refund(input: RefundInput): Promise<RefundResult>;
  queryRefund(outRefundNo: string): Promise<RefundResult>;
  /** Signature, freshness and decryption; the caller makes processing idempotent by `notification.id`. */
  verifyNotification(raw: RawNotification): Promise<NotificationVerdict>;
}

/** Remembers notification ids so a replayed notification changes nothing (use inside the transaction that applies it). */
export interface NotificationLedger {
  claim(notificationId: string, receivedAt: string): Promise<'FIRST' | 'REPLAY'>;
}
