import type { Milestone } from '../../../types';

/** What each milestone says in the message centre and as the status phrase of a notification (≤5 汉字 for phrase keywords). */
export const MILESTONE_TEXT: Record<Milestone, { title: string; phrase: string }> = {
  COLLECTED: { title: '快递员已揽收', phrase: '已揽收' },
  ARRIVED_DEST_CITY: { title: '包裹到达你的城市', phrase: '到达城市' },
  OUT_FOR_DELIVERY: { title: '快递员正在派送', phrase: '派送中' },
  AWAITING_PICKUP: { title: '包裹已到驿站/快递柜，请取件', phrase: '待取件' },
  DELIVERED: { title: '包裹已签收', phrase: '已签收' },
  EXCEPTION: { title: '包裹遇到问题', phrase: '异常' },
  RETURNING: { title: '包裹正在退回', phrase: '退回中' },
  RETURNED: { title: '包裹已退回寄件人', phrase: '已退回' },
  STALE: { title: '包裹很久没有更新了', phrase: '未更新' },
  OVERDUE: { title: '包裹到了你的城市却迟迟未送达', phrase: '超时未签' },
  PICKUP_OVERDUE: { title: '包裹在驿站放了很久，记得去取', phrase: '超时未取' },
};
