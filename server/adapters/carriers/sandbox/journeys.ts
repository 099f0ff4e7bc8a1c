import type { ExceptionReason, ParcelAlert, ParcelStatus } from '../../../../types';
import { CARRIERS, type KnownCarrier } from '../../../../types';
import { endingOf, gap, type EndingContext, type PlannedEvent } from './journey-endings';
import {
  address,
  Dice,
  hubName,
  mobile,
  outletName,
  personName,
  pickOrigin,
  pickPlace,
  pickupCode,
  proxySigner,
  stationName,
  type Place,
} from './places';

export type { PlannedEvent } from './journey-endings';

export interface SandboxScenario {
  /** What happens, as the README tells it. */
  summary: string;
  /** The status the parcel ends in. */
  ending: ParcelStatus;
  /** The exception the parcel meets on the way or ends in. */
  trouble: ExceptionReason | null;
  /** The alert the parcel shows at some point. */
  alert: ParcelAlert | null;
}

/** What each last digit of a sandbox number plays out; README.md shows the same table. */
export const SANDBOX_SCENARIOS = {
  '0': { summary: '正常派送，本人签收', ending: 'DELIVERED', trouble: null, alert: null },
  '1': { summary: '正常派送，本人签收', ending: 'DELIVERED', trouble: null, alert: null },
  '2': { summary: '放入驿站/快递柜，一天后取件', ending: 'DELIVERED', trouble: null, alert: null },
  '3': { summary: '地址不详，联系收件人后派送签收', ending: 'DELIVERED', trouble: 'ADDRESS_UNCLEAR', alert: null },
  '4': { summary: '收件人拒收，退回寄件人并由寄件人签收', ending: 'RETURNED', trouble: 'REFUSED', alert: null },
  '5': { summary: '中转时外包装破损，派件时收件人验视内件破损未签收', ending: 'EXCEPTION', trouble: 'DAMAGED', alert: null },
  '6': { summary: '中转滞留 4 天无更新（超时未更新），之后继续派送签收', ending: 'DELIVERED', trouble: null, alert: 'STALE' },
  '7': { summary: '派件时电话无人接听，改投快递柜后取件', ending: 'DELIVERED', trouble: 'RECIPIENT_UNREACHABLE', alert: null },
  '8': { summary: '门卫/家人代签收', ending: 'DELIVERED', trouble: null, alert: null },
  '9': { summary: '放入驿站/快递柜后一直未取（驿站超时未取）', ending: 'AWAITING_PICKUP', trouble: null, alert: 'PICKUP_OVERDUE' },
} as const satisfies Record<string, SandboxScenario>;

export type ScenarioDigit = keyof typeof SANDBOX_SCENARIOS;

/** Numbers ending like this have no trace yet (KDNiao: Success, no Traces, 暂无轨迹信息). */
export const NO_TRACE_SUFFIX = '00';
/** Numbers ending like this make the sandbox fail as a carrier outage would. */
export const OUTAGE_SUFFIX = '99';

export const HOUR = 3600_000;
/**
 * Journey hours already behind the parcel when someone first looks it up: the order, the
 * collection, the outlet's dispatch and the arrival at the first hub are showing (hub arrival
 * is at most 6 h after collection, its dispatch at least 7 h).
 */
export const HOURS_BEFORE_FIRST_LOOKUP = 6.5;
/** How long a scenario-6 parcel sits at the hub without news. */
export const STALL_HOURS = 96;

export interface Journey {
  scenario: ScenarioDigit;
  origin: Place;
  /** Cities of the hubs passed between origin and destination hubs (0 or 1). */
  via: string[];
  dest: Place;
  courier: { name: string; phone: string };
  /** Oldest first, `h` strictly increasing. */
  events: PlannedEvent[];
  /** Journey hour of the delivery the carrier planned (before any stall), for its estimate. */
  plannedDeliveryH: number;
  /** Whether this carrier gives an estimate for this number (about half do). */
  givesEta: boolean;
}

/**
 * The whole journey of one number, in journey hours after collection. Pure: the same number
 * always plays the same cities, people and texts; the carrier only changes names and hotlines.
 */
export function planJourney(waybillNo: string, carrier: KnownCarrier): Journey {
  const dice = new Dice(waybillNo);
  const scenario = (waybillNo.slice(-1) in SANDBOX_SCENARIOS ? waybillNo.slice(-1) : '0') as ScenarioDigit;
  const origin = pickOrigin(dice);
  const dest = pickPlace(dice, [origin.city]);
  const sameProvince = origin.province === dest.province;
  const via = !sameProvince && dice.chance(0.5) ? [pickPlace(dice, [origin.city, dest.city]).city] : [];
  const { name: carrierName, hotline } = CARRIERS[carrier];
  const c: EndingContext = {
    dice,
    O: `【${origin.city}市】`,
    D: `【${dest.city}市】`,
    origin,
    dest,
    originHub: hubName(origin),
    originOutlet: outletName(origin),
    destHub: hubName(dest),
    destOutlet: outletName(dest),
    courier: { name: personName(dice), phone: mobile(dice) },
    receiverPhone: mobile(dice),
    station: stationName(dice, dest),
    stationPhone: mobile(dice),
    pickupCode: pickupCode(dice),
    address: address(dice, dest),
    proxy: proxySigner(dice),
    carrierName,
    callUs: hotline ? `拨打${hotline}` : `联系${carrierName}客服`,
  };
  const { O, D } = c;
  let h = 0;
  const at = (lo: number, hi: number) => (h += gap(dice, lo, hi));
  const events: PlannedEvent[] = [
    { h: -gap(dice, 2, 12), text: `${O}商家已下单，等待${carrierName}快递员揽收` },
    { h: 0, text: `${O}【${c.originOutlet}】已揽收，揽收员：${personName(dice)}` },
    { h: at(1.5, 2.5), text: `${O}快件已从【${c.originOutlet}】发出，发往【${c.originHub}】` },
    { h: at(2.5, 3.5), text: `${O}快件已到达【${c.originHub}】` },
    { h: at(3, 4), text: `${O}快件已从【${c.originHub}】发出，发往【${via.length ? `${via[0]}转运中心` : c.destHub}】` },
  ];
  const stall = scenario === '6' ? STALL_HOURS : 0;
  h += stall; // a stalled parcel sits at the hub; nothing is reported meanwhile
  for (const city of via) {
    events.push(
      { h: at(8, 16), text: `【${city}市】快件已到达【${city}转运中心】` },
      { h: at(2, 4), text: `【${city}市】快件已从【${city}转运中心】发出，发往【${c.destHub}】` },
    );
  }
  events.push({ h: sameProvince ? at(3, 8) : at(8, 20), text: `${D}快件已到达【${c.destHub}】` });
  if (scenario === '5') {
    events.push({ h: at(0.5, 1.5), text: `${D}快件在【${c.destHub}】操作时发现外包装破损，已拍照留存并加固处理` });
  }
  events.push(
    { h: at(2, 4), text: `${D}快件已从【${c.destHub}】发出，发往【${c.destOutlet}】` },
    { h: at(2, 4), text: `${D}快件已到达目的地网点【${c.destOutlet}】` },
    {
      h: at(1, 3),
      text: `${D}${c.destOutlet} 快递员 ${c.courier.name}（${c.courier.phone}）正在为您派件，如有疑问请电联快递员或${c.callUs}`,
    },
  );
  events.push(...endingOf(scenario, c, h));
  return { scenario, origin, via, dest, courier: c.courier, events, plannedDeliveryH: h - stall + 2, givesEta: dice.chance(0.5) };
}

/** When a journey hour happens: the first look-up (`anchorMs`) is HOURS_BEFORE_FIRST_LOOKUP in, and `speed` compresses it all. */
export function journeyTimeMs(h: number, anchorMs: number, speed: number): number {
  return Math.round(anchorMs + ((h - HOURS_BEFORE_FIRST_LOOKUP) * HOUR) / speed);
}

export interface TimedEvent {
  atMs: number;
  text: string;
}

/** The journey of a number in real time, for a first look-up at `anchorMs` and a speed-up. Oldest first. */
export function timedJourney(waybillNo: string, carrier: KnownCarrier, anchorMs: number, speed: number): TimedEvent[] {
  return planJourney(waybillNo, carrier).events.map((e) => ({ atMs: journeyTimeMs(e.h, anchorMs, speed), text: e.text }));
}
