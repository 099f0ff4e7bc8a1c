import type { Intercept, InterceptState } from '../../../types';
import { INTERCEPT_STATE_LABELS } from '../../../types/intercept-labels';
import { yuanText } from '../../services/intercepts';

export { INTERCEPT_STATE_LABELS };

/** Each state in a sentence: what it means for the person and what comes next. */
export const STATE_SENTENCES: Record<InterceptState, string> = {
  REQUESTED: '申请已提交',
  PAYMENT_PENDING: '还没有支付，超时未支付的申请会自动取消',
  PAID: '已支付，正在提交快递公司',
  SUBMITTED: '已提交处理，正在联系快递公司',
  ACCEPTED: '快递公司已受理，正在拦截',
  SUCCEEDED: '快递公司已按你的申请处理包裹',
  FAILED: '拦截没有成功，费用会全额退回',
  REFUNDING: '拦截没有成功，退款处理中',
  REFUNDED: '费用已全额退回原支付账户',
  CANCELLED: '申请已取消',
};

export type Tone = 'good' | 'bad' | 'wait';
export const toneOfState = (state: InterceptState): Tone =>
  state === 'SUCCEEDED' ? 'good' : ['FAILED', 'REFUNDING', 'REFUNDED', 'CANCELLED'].includes(state) ? 'bad' : 'wait';

/** The money line: what was paid, and where a refund stands. */
export function moneyText(i: Pick<Intercept, 'state' | 'feeFen' | 'history'>): string {
  const paid = i.history.some((h) => h.state === 'PAID');
  const fee = yuanText(i.feeFen);
  if (i.state === 'REFUNDED') return `${fee} 已退款`;
  if (i.state === 'REFUNDING' || (i.state === 'FAILED' && paid)) return `${fee} 退款中`;
  if (i.state === 'CANCELLED') return paid ? `${fee} 退款中` : `${fee} 未支付`;
  return paid ? `${fee} 已支付` : `${fee} 待支付`;
}
