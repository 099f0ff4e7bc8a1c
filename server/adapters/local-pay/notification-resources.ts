import type { StoredDoc } from '../../ports/doc-store';
import type { RefundStatus, TradeState } from '../../ports/payments';

export const APPID = 'wx-local-sandbox';
const MCHID = '1900000001';

export interface OrderDoc {
  prepayId: string;
  description: string;
  amountFen: number;
  openid: string;
  expiresAtMs: number;
  tradeState: TradeState;
  transactionId: string | null;
  successTime: string | null;
}

export interface RefundDoc {
  outTradeNo: string;
  refundId: string;
  status: RefundStatus;
  refundFen: number;
  totalFen: number;
  successTime: string | null;
}

/** A paid order as TRANSACTION.SUCCESS carries it, in WeChat Pay's field names (docs/reference/wechat-pay.md §3). */
export function transactionResource(paid: StoredDoc<OrderDoc>): Record<string, unknown> {
  return {
    appid: APPID,
    mchid: MCHID,
    out_trade_no: paid._id,
    transaction_id: paid.transactionId,
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'OTHERS',
    attach: '',
    success_time: paid.successTime,
    payer: { openid: paid.openid },
    amount: { total: paid.amountFen, payer_total: paid.amountFen, currency: 'CNY', payer_currency: 'CNY' },
  };
}

/** A settled refund as REFUND.* notifications carry it (refund_status, not the API's status). */
export function refundResource(refund: StoredDoc<RefundDoc>, transactionId: string | null): Record<string, unknown> {
  return {
    mchid: MCHID,
    out_trade_no: refund.outTradeNo,
    transaction_id: transactionId,
    out_refund_no: refund._id,
    refund_id: refund.refundId,
    refund_status: refund.status,
    ...(refund.successTime ? { success_time: refund.successTime } : {}),
    user_received_account: '支付用户零钱',
    amount: { total: refund.totalFen, refund: refund.refundFen, payer_total: refund.totalFen, payer_refund: refund.refundFen },
  };
}
