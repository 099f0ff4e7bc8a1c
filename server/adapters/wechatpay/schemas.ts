import { z } from 'zod';

/** The notification envelope (docs/reference/wechat-pay.md §3). */
export const notificationEnvelopeSchema = z.object({
  id: z.string().min(1),
  create_time: z.string(),
  event_type: z.string(),
  resource_type: z.string(),
  resource: z.object({
    algorithm: z.string(),
    ciphertext: z.string().min(1),
    nonce: z.string().min(1),
    associated_data: z.string().optional(),
    original_type: z.string().optional(),
  }),
  summary: z.string().optional(),
});

/** A transaction as order queries answer and TRANSACTION.SUCCESS notifications carry it. */
export const transactionSchema = z.object({
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_state: z.enum(['SUCCESS', 'REFUND', 'NOTPAY', 'CLOSED', 'REVOKED', 'USERPAYING', 'PAYERROR']),
  trade_state_desc: z.string().optional(),
  success_time: z.string().optional(),
  payer: z.object({ openid: z.string() }).partial().optional(),
  amount: z.object({ total: z.number().int() }).partial().optional(),
});

const refundAmountSchema = z.object({ total: z.number().int(), refund: z.number().int() });

/** A refund as the refund API answers (`status`) and REFUND.* notifications carry it (`refund_status`). */
export const refundSchema = z
  .object({
    out_trade_no: z.string(),
    out_refund_no: z.string(),
    refund_id: z.string(),
    status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']).optional(),
    refund_status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']).optional(),
    success_time: z.string().optional(),
    amount: refundAmountSchema,
  })
  .refine((r) => r.status ?? r.refund_status, 'refund without status');

/** Every v3 error answer: {code, message}. */
export const errorSchema = z.object({ code: z.string(), message: z.string().optional() });

export const prepaySchema = z.object({ prepay_id: z.string().min(1) });
