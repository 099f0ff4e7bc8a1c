import { PaymentsError, type OrderStatus, type RefundResult } from '../../ports/payments';
import { errorSchema, refundSchema, transactionSchema } from './schemas';

export function toOrderStatus(json: unknown): OrderStatus {
  const parsed = transactionSchema.safeParse(json);
  if (!parsed.success) throw new PaymentsError('BAD_RESPONSE', '', `unexpected transaction: ${parsed.error.issues[0]?.message}`);
  const t = parsed.data;
  return {
    outTradeNo: t.out_trade_no,
    tradeState: t.trade_state,
    transactionId: t.transaction_id ?? null,
    amountFen: t.amount?.total ?? null,
    successTime: t.success_time ?? null,
    payerOpenid: t.payer?.openid ?? null,
  };
}

export function toRefundResult(json: unknown): RefundResult {
  const parsed = refundSchema.safeParse(json);
  if (!parsed.success) throw new PaymentsError('BAD_RESPONSE', '', `unexpected refund: ${parsed.error.issues[0]?.message}`);
  const r = parsed.data;
  return {
    outTradeNo: r.out_trade_no,
    outRefundNo: r.out_refund_no,
    refundId: r.refund_id,
    status: (r.status ?? r.refund_status)!,
    refundFen: r.amount.refund,
    successTime: r.success_time ?? null,
  };
}

/** An error answer → a typed error (codes: docs/reference/wechat-pay.md §5). */
export function toPaymentsError(status: number, body: string): PaymentsError {
  let code = '';
  let message = body.slice(0, 200);
  try {
    const parsed = errorSchema.safeParse(JSON.parse(body));
    if (parsed.success) ({ code, message = '' } = parsed.data);
  } catch {
    // Not JSON: keep the text.
  }
  if (status === 401 || code === 'SIGN_ERROR' || code === 'NO_AUTH') return new PaymentsError('AUTH', code, message);
  if (status === 404 || code === 'ORDER_NOT_EXIST' || code === 'ORDERNOTEXIST' || code === 'RESOURCE_NOT_EXISTS')
    return new PaymentsError('NOT_FOUND', code, message);
  if (code === 'ORDERPAID') return new PaymentsError('ORDER_PAID', code, message);
  if (code === 'ORDER_CLOSED') return new PaymentsError('ORDER_CLOSED', code, message);
  if (status === 429 || status >= 500 || code === 'FREQUENCY_LIMITED' || code === 'SYSTEM_ERROR' || code === 'SYSTEMERROR')
    return new PaymentsError('UNAVAILABLE', code, message);
  return new PaymentsError('REJECTED', code, message);
}
