import { INTERCEPT_STATE_LABELS, INTERCEPT_TYPE_LABELS } from '../../../types/intercept-labels';
import type { InterceptState, InterceptType } from '../../../types/intercepts';
import type { InterceptEvent, InterceptMachine } from './intercept-events';

/** Short state names for lists and notifications (service template `phrase`: at most 5 汉字). */
export const STATE_LABEL: Record<InterceptState, string> = INTERCEPT_STATE_LABELS;

/** What the user asked for, as a title says it. */
export const TYPE_LABEL: Record<InterceptType, string> = INTERCEPT_TYPE_LABELS;

const REFUND_PROMISE = '费用将全额原路退回';

/** The history line a transition adds, in words a user understands; null when nothing visible changed. */
export function interceptNote(from: InterceptMachine, to: InterceptMachine, e: InterceptEvent): string | null {
  switch (e.type) {
    case 'ORDER_CREATED':
      return '已下单，等待支付';
    case 'ORDER_FAILED':
      return '支付下单失败，请稍后重新申请';
    case 'PAYMENT_SUCCEEDED':
      return from.state === 'CANCELLED' ? `申请已取消后收到付款，${REFUND_PROMISE}` : '支付成功，正在提交快递公司';
    case 'PAYMENT_CLOSED':
      return '支付未完成，申请已取消';
    case 'PAYMENT_EXPIRED':
      return '超时未支付，申请已自动取消';
    case 'CANCEL':
      return to.paid ? `已取消申请，${REFUND_PROMISE}` : '已取消申请';
    case 'SUBMITTED':
      return e.channel === 'CARRIER' ? '已提交快递公司处理' : '已转客服专员处理';
    case 'SUBMISSION_REJECTED':
      return `快递公司不受理：${e.note}，${REFUND_PROMISE}`;
    case 'ACCEPTED':
      return '快递公司已受理，正在拦截';
    case 'OUTCOME':
      if (to.state === 'SUCCEEDED') return e.note ? `拦截成功：${e.note}` : '拦截成功';
      if (e.source === 'TRACKING') return `物流显示包裹仍按原地址派送，按拦截失败处理，${REFUND_PROMISE}`;
      return `拦截失败${e.note ? `：${e.note}` : ''}，${REFUND_PROMISE}`;
    case 'OUTCOME_OVERDUE':
      return `快递公司迟迟没有给出结果，按拦截失败处理，${REFUND_PROMISE}`;
    case 'REFUND_ACCEPTED':
      return '退款已发起，将原路退回';
    case 'REFUND_SUCCEEDED':
      return '退款成功，已原路退回';
    case 'REFUND_ABNORMAL':
      return '退款遇到问题（如银行卡已注销），客服正在处理';
    case 'REFUND_CLOSED':
      return '退款未成功，已重新发起';
    case 'TIMER':
      return null;
  }
}
