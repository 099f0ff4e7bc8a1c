import type { Dice, Place } from './places';

/** One checkpoint of a planned journey, `h` hours after collection (before any speed-up). */
export interface PlannedEvent {
  h: number;
  text: string;
}

/** What the ending of a journey needs to know about the journey so far. */
export interface EndingContext {
  dice: Dice;
  /** 【苏州市】-style prefixes of the origin and destination. */
  O: string;
  D: string;
  origin: Place;
  dest: Place;
  originHub: string;
  originOutlet: string;
  destHub: string;
  destOutlet: string;
  courier: { name: string; phone: string };
  receiverPhone: string;
  station: string;
  stationPhone: string;
  pickupCode: string;
  address: string;
  proxy: string;
  carrierName: string;
  /** "拨打95311", or the carrier's name when it has no hotline. */
  callUs: string;
}

/** A gap of between `lo` and `hi` hours, to the second, so checkpoints do not fall on round hours. */
export function gap(dice: Dice, lo: number, hi: number): number {
  return lo + dice.int(Math.round((hi - lo) * 3600)) / 3600;
}

/** The checkpoints after the courier sets out (`h`), by the scenario digit. Each begins with a city prefix like real traces. */
export function endingOf(scenario: string, c: EndingContext, h: number): PlannedEvent[] {
  const { dice, D, O, courier } = c;
  const at = (lo: number, hi: number) => (h += gap(dice, lo, hi));
  const byCourier = `快递员 ${courier.name}（${courier.phone}）`;
  const signed = (who: string) => ({ h: at(1, 3), text: `${D}您的快件已签收，签收人：${who}。感谢使用${c.carrierName}，期待再次为您服务` });
  const inLocker = () => ({
    h: at(1, 2),
    text: `${D}您的快件已存放至【${c.station}】，请凭取件码 ${c.pickupCode} 及时领取，地址：${c.address}，如有疑问请联系 ${c.stationPhone}`,
  });
  const pickedUp = (lo: number, hi: number) => ({
    h: at(lo, hi),
    text: `${D}您的快件已从【${c.station}】取出，已签收。感谢使用${c.carrierName}，期待再次为您服务`,
  });

  switch (scenario) {
    case '2':
      return [inLocker(), pickedUp(23, 25)];
    case '3':
      return [
        { h: at(1, 2), text: `${D}${byCourier}反馈：收件地址不详，正在联系收件人（${c.receiverPhone}）核实地址` },
        { h: at(18, 22), text: `${D}已与收件人核实地址，${c.destOutlet} ${byCourier}正在为您派件` },
        signed('本人'),
      ];
    case '4':
      return [
        { h: at(1, 2), text: `${D}${byCourier}派件时收件人拒收，原因：商品不想要了` },
        { h: at(2, 4), text: `${D}因收件人拒收，快件已从【${c.destOutlet}】发出，退回寄件人` },
        { h: at(3, 5), text: `${D}退回件已到达【${c.destHub}】` },
        { h: at(12, 30), text: `${O}退回件已到达【${c.originHub}】` },
        { h: at(4, 8), text: `${O}退回件已到达【${c.originOutlet}】，正在派送给寄件人` },
        { h: at(2, 4), text: `${O}退回件已签收，签收人：寄件人。如有疑问请${c.callUs}` },
      ];
    case '5':
      // The damage was noticed at the hub (see journeys.ts); here the receiver refuses to sign for it.
      return [
        {
          h: at(1, 2),
          text: `${D}${byCourier}派件时收件人开箱验视发现内件破损，未予签收，快件已带回【${c.destOutlet}】登记理赔，如有疑问请${c.callUs}`,
        },
      ];
    case '7':
      return [{ h: at(1, 2), text: `${D}${byCourier}派件时收件人电话无人接听，快件将改投【${c.station}】` }, inLocker(), pickedUp(18, 30)];
    case '8':
      return [{ h: at(1, 3), text: `${D}您的快件已由【${c.proxy}】代签收，如有疑问请联系${byCourier}或${c.callUs}` }];
    case '9':
      return [
        inLocker(),
        { h: at(24, 25), text: `${D}取件提醒：您的快件已在【${c.station}】存放超过24小时，请凭取件码 ${c.pickupCode} 尽快领取` },
        {
          h: at(48, 49),
          text: `${D}取件提醒：您的快件已在【${c.station}】存放超过3天，请凭取件码 ${c.pickupCode} 尽快领取，逾期可能产生保管费`,
        },
      ];
    default:
      return [signed('本人')];
  }
}
