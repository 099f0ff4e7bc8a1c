import type { Courier, ExceptionReason, ParcelStatus } from '../../../types';
import { cityIn } from './cities';

export interface LineReading {
  status: ParcelStatus;
  reason: ExceptionReason | null;
  city: string | null;
  courier: Courier | null;
}

/**
 * How trace texts say what happened, most specific first: a return that was signed for is not a
 * delivery, an unreachable recipient during delivery is an exception, a locker pickup is not a
 * hand-over. The first rule that matches decides.
 */
const RULES: { status: ParcelStatus; reason?: ExceptionReason; pattern: RegExp; unless?: RegExp }[] = [
  { status: 'RETURNED', pattern: /(退回|退件|退货|返回寄件|退还).{0,12}(签收|妥投)|已退回寄件人|寄件人已签收|退回成功/ },
  {
    status: 'RETURNING',
    reason: 'REFUSED',
    pattern: /(拒收|拒签|拒绝签收).{0,20}(退回|退件|返回|退还)|(退回|退件|返回).{0,20}(拒收|拒签)/,
  },
  { status: 'RETURNING', pattern: /退回中|正在退回|退件中|(快件|包裹|订单)?(已|将)?(被)?(退回|退件|返回寄件人|原路返回)|已拦截|拦截成功/ },
  { status: 'EXCEPTION', reason: 'REFUSED', pattern: /拒收|拒签|拒绝签收|拒绝接收/ },
  {
    status: 'EXCEPTION',
    reason: 'ADDRESS_UNCLEAR',
    pattern: /地址(不详|错误|不全|有误|不清|不明|不准确)|超区|无法找到.{0,6}地址|详细地址/,
  },
  {
    status: 'EXCEPTION',
    reason: 'RECIPIENT_UNREACHABLE',
    pattern: /无人接听|联系不上|无法联系|电话(关机|停机|空号|错误|无法接通)|未接听|收件人不在|无人签收/,
  },
  { status: 'EXCEPTION', reason: 'DAMAGED', pattern: /破损|损坏|外包装.{0,4}(破|湿|变形)/ },
  { status: 'EXCEPTION', reason: 'LOST', pattern: /丢失|遗失|丢件/ },
  { status: 'EXCEPTION', reason: 'DELAYED', pattern: /延误|滞留|延迟(派送|发货|配送)|恶劣天气|暂停(派送|揽收|收派)|停运|管控/ },
  { status: 'EXCEPTION', reason: 'OTHER', pattern: /问题件|异常|派送不成功|投递失败|未妥投|派件失败|无法派送/ },
  {
    status: 'DELIVERED',
    pattern: /已签收|签收人|本人签收|代签收|代收.{0,4}签收|已取件|已取出|取件成功|妥投|投递成功|已被.{0,6}签收|完成取件/,
  },
  { status: 'AWAITING_PICKUP', pattern: /快递柜|智能柜|驿站|自提点|代收点|丰巢|取件码|提货码|请凭.{0,6}码|暂存|待取件|自取/ },
  {
    status: 'OUT_FOR_DELIVERY',
    pattern:
      /派件中|派送中|正在派件|正在派送|正在为您派|安排投递|开始派送|准备派送|出发派送|派件员.{0,20}派件|快递员.{0,20}(派送|派件|投递)|已出库.{0,6}派/,
  },
  {
    status: 'ARRIVED_DEST_CITY',
    pattern: /到达目的地|到达派件城市|目的城市|(到达|已到).{0,20}(营业部|营业点|营业厅|网点|服务点|派件点|分部|站点|配送站)|派件网点/,
    unless: /转运|中转|分拨|集散/,
  },
  { status: 'IN_TRANSIT', pattern: /发往|已发出|发出|运输中|在途|转运|中转|分拨|集散|到达|离开|装车|航班|干线|已出港|已进港/ },
  {
    status: 'PENDING',
    pattern: /已下单|待揽收|等待揽收|已打印|电子面单|订单已提交|商家已发货|等待快递员上门|已通知快递员/,
    unless: /已揽收|揽收成功|已收件/,
  },
  { status: 'COLLECTED', pattern: /已揽收|揽收|揽件|已收件|收取快件|已收取|已取走|揽投员.{0,10}收寄|收寄/ },
];

const COURIER_TITLE = /(?:快递员|派件员|派送员|投递员|配送员|业务员|揽投员|快递小哥|小哥|派件人|送货员)/;
const PHONE = /(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|95\d{3,6}|400-?\d{3}-?\d{4})(?!\d)/g;
const COURIER_PHONE_REACH = 16;
const OTHER_PERSON = /收件人|寄件人|客户|收货人|用户/;
const NOT_A_NAME = /^(正在|已经|已|将|为您|您|联系|电话|手机|师傅)/;

/** The courier a line names: the name after a title such as 快递员, and the phone nearest after it. */
export function courierIn(text: string): Courier | null {
  const title = COURIER_TITLE.exec(text);
  if (!title) return null;
  const after = text.slice(title.index + title[0].length);
  const nameMatch =
    /^[\s:：【[（(]*(?:姓名[\s:：]*)?([\u4e00-\u9fa5]{2,4}?)(?=[\s\]】（(）)，,、:：。;；]|电话|手机|联系|正在|为您|已|将|\d|$)/.exec(
      after,
    );
  const name = nameMatch && !NOT_A_NAME.test(nameMatch[1]) ? nameMatch[1] : null;
  // The courier's phone follows the name closely; a number after 收件人/客户 belongs to someone else,
  // and service hotlines (95xxx, 400) belong to the carrier.
  const phone =
    [...after.matchAll(PHONE)]
      .filter((m) => (m.index ?? 0) <= COURIER_PHONE_REACH && !OTHER_PERSON.test(after.slice(0, m.index)))
      .map((m) => m[1])
      .find((p) => !/^(95|400)/.test(p)) ?? null;
  if (!name && !phone) return null;
  return { name, phone };
}

/** One trace line read as status, exception reason, city and courier. */
export function classifyTraceLine(text: string): LineReading {
  const rule = RULES.find((r) => r.pattern.test(text) && !(r.unless && r.unless.test(text)));
  return {
    status: rule?.status ?? 'UNKNOWN',
    reason: rule?.reason ?? null,
    city: cityIn(text),
    courier: courierIn(text),
  };
}
