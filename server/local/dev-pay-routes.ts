import { z } from 'zod';
import type { LocalPay } from '../adapters/local-pay/local-pay';
import { PaymentsError } from '../ports/payments';
import type { DevRoute } from './http-gateway';

const payBody = z.object({
  outTradeNo: z.string({ error: '请提供订单号 outTradeNo' }).min(6, '订单号不正确').max(64, '订单号不正确'),
  outcome: z.enum(['SUCCESS', 'FAIL', 'CANCEL'], { error: 'outcome 应为 SUCCESS、FAIL 或 CANCEL' }),
});
const refundBody = z.object({
  outRefundNo: z.string({ error: '请提供退款单号 outRefundNo' }).min(1, '退款单号不正确').max(64, '退款单号不正确'),
  outcome: z.enum(['SUCCESS', 'ABNORMAL', 'CLOSED'], { error: 'outcome 应为 SUCCESS、ABNORMAL 或 CLOSED' }),
});

const invalid = (err: z.ZodError) =>
  ({ ok: false, error: { code: 'INVALID_INPUT', message: err.issues[0]?.message ?? '输入有误' } }) as const;

function refused(err: unknown) {
  if (!(err instanceof PaymentsError)) throw err;
  if (err.kind === 'NOT_FOUND') return { ok: false, error: { code: 'NOT_FOUND', message: '沙箱里没有这个订单或退款' } } as const;
  return { ok: false, error: { code: 'NOT_ALLOWED_IN_STATE', message: `沙箱拒绝了这次操作（${err.code}）` } } as const;
}

/**
 * The pay sheet and the bank of the local pay sandbox, for the H5 pay page and for scripts: a
 * payment or refund settled here reaches payNotify as a real signed, encrypted v3 notification.
 */
export function createDevPayRoutes(localPay: LocalPay): Record<string, DevRoute> {
  return {
    '_dev/pay': async (body) => {
      const parsed = payBody.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      try {
        return { ok: true, data: await localPay.settle(parsed.data.outTradeNo, parsed.data.outcome) };
      } catch (err) {
        return refused(err);
      }
    },
    '_dev/refund': async (body) => {
      const parsed = refundBody.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      try {
        const refund = await localPay.settleRefund(parsed.data.outRefundNo, parsed.data.outcome);
        return { ok: true, data: { status: refund.status } };
      } catch (err) {
        return refused(err);
      }
    },
  };
}
