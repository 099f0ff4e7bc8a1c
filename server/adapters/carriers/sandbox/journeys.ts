import { CARRIERS, type KnownCarrier } from '../../../../types';
import { Dice, mobile, personName, pickPlace, pickupCode, road, stationName, type Place } from './places';

/** What each last digit of a sandbox number plays out. */
export const SANDBOX_SCENARIOS = {
  '0': '正常派送签收',
  '1': '正常派送签收',
  '2': '放入驿站/快递柜，次日取件',
  '3': '地址不详，联系后派送签收',
  '4': '收件人拒收，退回寄件人',
  '5': '运输中外包装破损，加固后签收',
  '6': '中转滞留 4 天后继续运输（超时未更新）',
  '7': '电话无人接听，改放快递柜后取件',
  '8': '门卫/家人代签收',
  '9': '放入快递柜后一直未取（驿站超时未取）',
} as const;

export const HOUR = 3600_000;
/** Journey hours already behind the parcel when someone first looks it up. */
export const HOURS_BEFORE_FIRST_LOOKUP = 10;

export interface PlannedEvent {
  /** Journey hours after collection (before speed-up). */
  h: number;
  text: string;
}

export interface Journey {
  origin: Place;
  dest: Place;
  courier: { name: string; phone: string };
  events: PlannedEvent[];
  /** Journey hour of the planned delivery, for the carrier's estimate. */
  plannedDeliveryH: number;
  givesEta: boolean;
}

/** The whole journey of one number, in journey hours from collection. Pure and deterministic. */
export function planJourney(waybillNo: string, carrier: KnownCarrier): Journey {
  const dice = new Dice(`${carrier}:${waybillNo}`);
  const origin = pickPlace(dice);
  let dest = pickPlace(dice);
  if (dest.city === origin.city) dest = pickPlace(dice);
  const courier = { name: personName(dice), phone: mobile(dice) };
  const receiverPhone = mobile(dice);
  const { hotline, name: carrierName } = CARRIERS[carrier];
  const O = `【${origin.city}市】`;
  const D = `【${dest.city}市】`;
  const oOutlet = `${origin.province}${origin.city}${origin.district}公司`;
  const dOutlet = `${dest.city}${dest.district}营业部`;
  const oHub = `${origin.city}转运中心`;
  const dHub = `${dest.city}转运中心`;
  const viaHub = dice.int(2) === 0 ? null : `${pickPlace(dice).city}转运中心`;
  const station = stationName(dice, dest);
  const code = pickupCode(dice);
  const address = `${dest.district}${road(dice)}`;
  const scenario = waybillNo.slice(-1) as keyof typeof SANDBOX_SCENARIOS;

  const e: PlannedEvent[] = [
    { h: -6, text: `${O}商家已下单，等待快递员揽收` },
    { h: 0, text: `${O}${oOutlet} 已揽收` },
    { h: 2, text: `${O}快件已从${oOutlet}发出，发往【${oHub}】` },
    { h: 5, text: `${O}快件已到达【${oHub}】` },
    { h: 7, text: `${O}快件已从【${oHub}】发出，发往【${viaHub ?? dHub}】` },
  ];
  // A stalled parcel sits at the hub for four days before anything moves again.
  const stall = scenario === '6' ? 96 : 0;
  let h = 7 + stall;
  if (viaHub) {
    e.push({ h: (h += 13), text: `快件已到达【${viaHub}】` }, { h: (h += 3), text: `快件已从【${viaHub}】发出，发往【${dHub}】` });
  }
  e.push(
    { h: (h += 12), text: `${D}快件已到达【${dHub}】` },
    ...(scenario === '5' ? [{ h: (h += 1), text: `${D}快件在【${dHub}】发现外包装破损，已拍照留存并加固处理` }] : []),
    { h: (h += 3), text: `${D}快件已从【${dHub}】发出，发往【${dOutlet}】` },
    { h: (h += 4), text: `${D}快件已到达【${dOutlet}】` },
    { h: (h += 2), text: `${D}【${dOutlet}】快递员 ${courier.name}（${courier.phone}）正在为您派件，请保持电话畅通` },
  );
  const outForDeliveryH = h;
  const signed = (at: number, who = '本人') => ({ h: at, text: `${D}您的快件已签收，签收人：${who}。如有疑问请联系快递员 ${courier.name}（${courier.phone}），投诉电话 ${hotline ?? '请咨询快递公司'}` });
  const locker = (at: number) => ({ h: at, text: `${D}您的快件已存放至【${station}】，请凭取件码 ${code} 及时领取，地址：${address}` });
  const pickedUp = (at: number) => ({ h: at, text: `${D}您的快件已从【${station}】取出，已签收。感谢使用${carrierName}` });

  switch (scenario) {
    case '2':
      e.push(locker(h + 2), pickedUp(h + 26));
      break;
    case '3':
      e.push(
        { h: h + 1, text: `${D}快递员 ${courier.name} 反馈：收件地址不详，正在联系收件人（${receiverPhone}）核实地址` },
        { h: h + 20, text: `${D}已与收件人确认地址，快递员 ${courier.name}（${courier.phone}）正在为您派件` },
        signed(h + 23),
      );
      break;
    case '4':
      e.push(
        { h: h + 2, text: `${D}收件人拒收，原因：不想要了` },
        { h: h + 5, text: `${D}因收件人拒收，快件已发出退回寄件人` },
        { h: h + 9, text: `${D}退回件已到达【${dHub}】` },
        { h: h + 30, text: `${O}退回件已到达【${oHub}】` },
        { h: h + 36, text: `${O}退回件已签收，签收人：寄件人` },
      );
      break;
    case '7':
      e.push(
        { h: h + 1, text: `${D}快递员 ${courier.name}（${courier.phone}）派件时收件人电话无人接听，将改投快递柜` },
        locker(h + 3),
        pickedUp(h + 20),
      );
      break;
    case '8':
      e.push(signed(h + 3, dice.pick(['门卫', '家人', '前台', '物业'])));
      break;
    case '9':
      e.push(locker(h + 2));
      break;
    default:
      e.push(signed(h + 3));
  }
  return { origin, dest, courier, events: e, plannedDeliveryH: outForDeliveryH + 3, givesEta: dice.int(2) === 0 };
}
