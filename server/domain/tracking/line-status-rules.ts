import type { ExceptionReason, ParcelStatus } from '../../../types';

export interface StatusReading {
  status: ParcelStatus;
  reason: ExceptionReason | null;
}

interface Rule {
  status: ParcelStatus;
  reason?: ExceptionReason;
  pattern: RegExp;
}

/**
 * Outcomes that end or interrupt a journey, most specific first: a return signed for is not a
 * delivery, a refusal is an exception, a signature beats the locker it was signed at, and a
 * locker hand-over beats the delivery run that led to it. The first that matches decides.
 */
const OUTCOMES: Rule[] = [
  { status: 'RETURNED', pattern: /(退回|退件|退货|返回寄件|退还).{0,12}(签收|妥投)|已退回寄件人|寄件人已签收|退回成功/ },
  {
    status: 'RETURNING',
    reason: 'REFUSED',
    pattern: /(拒收|拒签|拒绝签收).{0,20}(退回|退件|返回|退还)|(退回|退件|返回).{0,20}(拒收|拒签)/,
  },
  {
    status: 'RETURNING',
    pattern:
      /退回中|正在退回|退件中|退回件|退件(到达|派送)|(快件|包裹|订单)?(已|将)被?(退回|退件|返回寄件人|原路返回)|已拦截|拦截成功|转寄件/,
  },
  { status: 'EXCEPTION', reason: 'REFUSED', pattern: /拒收|拒签|拒绝签收|拒绝接收/ },
  {
    status: 'EXCEPTION',
    reason: 'ADDRESS_UNCLEAR',
    pattern: /地址(不详|错误|不全|有误|不清|不明|不准确)|超区|无法找到.{0,6}地址|详细地址/,
  },
  {
    status: 'EXCEPTION',
    reason: 'RECIPIENT_UNREACHABLE',
    pattern: /无人接听|联系不上|无法联系|电话(关机|停机|空号|错误|无法接通)|未接听|收件人不在|无人签收|无人在家/,
  },
  { status: 'EXCEPTION', reason: 'DAMAGED', pattern: /破损|损坏|外包装.{0,4}(破|湿|变形)/ },
  { status: 'EXCEPTION', reason: 'LOST', pattern: /丢失|遗失|丢件/ },
  {
    status: 'EXCEPTION',
    reason: 'DELAYED',
    pattern: /延误|滞留|延迟(派送|发货|配送)|恶劣天气|暂停(派送|揽收|收派)|停运|管控|约定.{0,4}(新|再次|下次)?(派送|配送|投递)时间|改约/,
  },
  { status: 'EXCEPTION', reason: 'OTHER', pattern: /问题件|疑难件|异常|派送不成功|投递失败|未妥投|派件失败|无法派送|失败签收|留仓/ },
  {
    status: 'DELIVERED',
    pattern:
      /已签收|签收人|本人签收|代签收?|已代签|签收成功|完成签收|已取件|客户已取|已取出|已被领取|被领取|已领取|取件成功|妥投|投递成功|投递并签收|已送达.{0,10}签收|完成取件|用户提货|(?<!开始)完成配送/,
  },
  {
    status: 'AWAITING_PICKUP',
    pattern:
      /代收|快递柜|智能柜|自提|代收点|取件码|提货码|取货码|请凭|领取您的|领取包裹|及时领取|前往.{0,30}领取|请.{0,6}(取件|领取|取货|提货)|入柜|暂存|寄存(?!点.{0,6}(已收件|揽))|待取件|驿站|丰巢|(送达|存放|放入|暂存|投递到|到达)\s*【代收点】/,
  },
];

/** Sorting hubs: an arrival there is still transit; an arrival anywhere else is the delivering end. */
const HUB = /转运|中转|分拨|集散|集货|航空|航站|处理|作业区|口岸|中心|枢纽|总部|路由|仓|货站|网点包/;

type Movement = 'PENDING' | 'COLLECTED' | 'IN_TRANSIT' | 'ARRIVE' | 'ARRIVED_DEST_CITY' | 'OUT_FOR_DELIVERY';

/** Steps of the journey; in a line naming several, the last one is what happened. */
const MOVES: { move: Movement; pattern: RegExp }[] = [
  {
    move: 'PENDING',
    pattern:
      /已下单|待揽收|等待揽收|已打印|电子面单|订单已提交|商家已发货|等待快递员上门|已通知快递员|(正)?通知快递公司揽件|等待揽件|订单.{0,6}(审核|拣货|配货|打包|出库|开始处理)|商品.{0,4}(拣货|出库)|仓库作业|准备出库/,
  },
  {
    move: 'COLLECTED',
    pattern:
      /(?<!待[\u4e00-\u9fa5]{0,4})揽收(?!员)|已揽件|(?<!通知快递公司|等待|待)揽件|已收件|收件扫描|已收取|收取快件|已取走|揽投员.{0,10}收寄|收寄|【收件】|已交付.{0,6}(物流|快递)/,
  },
  {
    move: 'IN_TRANSIT',
    pattern:
      /发往|已发出|发出|运输中|在途|离开|装车|卸车|装袋|建包|已打包|打包|称重|分拣|出港|进港|航班|干线|已发车|发车|下一站|送往|转运|中转|【发件】|发件扫描|快件在.{0,12}(集散|中转|分拨|转运|处理)|入车|下车扫描|上车扫描/,
  },
  { move: 'ARRIVE', pattern: /到达|已到|已收入|到件|进站|入站|(?:^|[\s，,】])到[^达]/ },
  {
    move: 'ARRIVED_DEST_CITY',
    pattern: /到达目的地|到达派件城市|目的城市|派件网点|分配.{0,8}(快递员|派件员|配送员)|分发|待派送|等待派送|即将派送|等待配送/,
  },
  {
    move: 'OUT_FOR_DELIVERY',
    pattern:
      /派件中|派送中|正在派件|正在派送|正在为您派|派送途中|安排投递|开始派送|准备派送|出发派送|派送扫描|派件扫描|【派送】|【派件】|派件人|派送业务员|指定[:：].{0,20}派送|第\d+次派件|正在投递|投递员.{0,30}投递|已出库.{0,6}派|配送员.{0,20}(配送|派送)|开始配送|正在配送|交给.{0,12}派送|安排送货|正在送货|送货中/,
  },
];

/** Where the parcel arrived: the place named with the arrival, not a previous stop (上一站 / 上级站点). */
function arrivalIsHub(action: string, at: number): boolean {
  const around = action.slice(Math.max(0, at - 24), at + 40).replace(/(上一站|上级站点)[^，,。]*/g, '');
  return HUB.test(around);
}

/** The last journey step the line names, an arrival read by the place it arrived at. */
function lastMove(action: string): StatusReading | null {
  let best: { move: Movement; at: number } | null = null;
  for (const { move, pattern } of MOVES) {
    for (const m of action.matchAll(new RegExp(pattern.source, 'g'))) {
      const at = m.index ?? 0;
      // Arrivals and departures in one line: the later one is the news; a delivery run outranks both.
      if (!best || at >= best.at || move === 'OUT_FOR_DELIVERY' || (move === 'ARRIVED_DEST_CITY' && best.move !== 'OUT_FOR_DELIVERY'))
        best = { move, at };
    }
  }
  if (!best) return null;
  if (best.move === 'ARRIVE') return { status: arrivalIsHub(action, best.at) ? 'IN_TRANSIT' : 'ARRIVED_DEST_CITY', reason: null };
  return { status: best.move, reason: null };
}

/** Brackets that name a place are masked, so that a 驿站 in a shop's name does not decide what happened. */
export function actionText(text: string): string {
  return text.replace(/【([^】]*)】|\[([^\]]*)\]/g, (whole, a: string | undefined, b: string | undefined) => {
    const inside = a ?? b ?? '';
    return inside.length <= 4 && !/[市区县省镇村路街部店站点柜场心司]$/.test(inside) ? whole : `【${placeKind(inside)}】`;
  });
}

/** A masked place keeps whether it is a hub, so arrivals there still read as transit. */
function placeKind(place: string): string {
  if (PICKUP_PLACE.test(place)) return '代收点';
  return HUB.test(place) ? '中心' : '地点';
}

/** Places that keep parcels for the addressee: a delivery there means "come and pick it up". */
const PICKUP_PLACE = /驿站|丰巢|快递柜|智能柜|自提柜|代收点|自提点|服务站|快递超市/;

/** "的陈月媚(0755-…)已取件", "极兔小哥…(…)已取件": the courier took the parcel from the sender. */
const COURIER_TOOK = /((小哥|快递员|业务员|收件员|揽件员)[^，,。]{0,30}|的[^，,。的]{1,12}[(（][\d-]{7,}[)）])\s*已取件/;

/** What a line says happened: its outcome when it reports one, else the last step of the journey it names. */
export function readLineStatus(text: string): StatusReading {
  const action = actionText(text);
  if (COURIER_TOOK.test(action)) return { status: 'COLLECTED', reason: null };
  const outcome = OUTCOMES.find((r) => r.pattern.test(action));
  if (outcome) return { status: outcome.status, reason: outcome.reason ?? null };
  return lastMove(action) ?? { status: 'UNKNOWN', reason: null };
}
