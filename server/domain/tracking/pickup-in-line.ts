import type { PickupCard } from '../../../types';

/** Words that make a place a pickup point: a 驿站, a locker, a shop that keeps parcels. */
const PICKUP_PLACE = /驿站|快递柜|智能柜|丰巢|代收点|自提点|服务站|快递超市|便利店|超市|收发室|邻里|菜鸟|兔喜|门店|店$|柜$/;
const GENERIC_PLACE = /^(代收点|自提点|驿站|快递柜|智能柜|丰巢|菜鸟驿站?)$/;

/** 取件码 / 提货码 / 取货码 / 凭…码 / 密码, with at least one digit; 柜号 joins the code it belongs to. */
function codeIn(text: string): string | null {
  const code =
    /(?:取件码|提货码|取货码|取件号|取件密码|提货密码|开箱码|密码)\s*(?:为|是)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,15})/.exec(
      text,
    )?.[1] ?? /凭\s*(?:码)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,15})\s*(?:领取|取件|取货|提货|至)/.exec(text)?.[1];
  if (!code || !/\d/.test(code)) return null;
  const cell = /柜号\s*[:：]?\s*([A-Za-z0-9-]{1,8})/.exec(text)?.[1];
  return cell ? `${cell}号柜 ${code}` : code;
}

const clean = (s: string | undefined) =>
  s
    ?.replace(/^[\s，,:：]+|[\s，,。；;]+$/g, '')
    .replace(/[（(]?\s*(?:联系)?电话.*$/, '')
    .trim() || null;

function stationIn(text: string): string | null {
  // 送达【丰巢智能柜】万科大都会…2号柜，请… : the brand in brackets, the station after it.
  const afterBrand = /(?:送达至?|存放至?|放入|投递至?|到达)【[^】]+】([^，,。；;（(]{2,40})/.exec(text)?.[1];
  const candidates = [
    afterBrand,
    /已被【([^】]+)】(?:代收|签收)/.exec(text)?.[1],
    /(?:已由|已被)\s*([^，,。；;【】]{2,40}?)\s*代收/.exec(text)?.[1],
    /(?:存放至?|放入|送达至?|已到达|已送到|已送至|到达)\s*【?([^，,。；;【】]{2,40}?(?:驿站|快递柜|智能柜|代收点|自提点|服务站|快递超市))/.exec(
      text,
    )?.[1],
    /^([^，,。；;【】]{2,40}?(?:驿站|快递柜|代收点|自提点|服务站))已?(?:发出|通知)/.exec(text)?.[1],
    /【([^】]*(?:驿站|快递柜|智能柜|代收点|自提点))】/.exec(text)?.[1],
  ];
  for (const raw of candidates) {
    const station = clean(raw);
    if (station && station.length >= 4 && PICKUP_PLACE.test(station)) return station;
    if (station && station.length >= 4 && raw === afterBrand) return station;
    if (station && GENERIC_PLACE.test(station) && raw !== afterBrand) return station;
  }
  return null;
}

function addressIn(text: string): string | null {
  const raw =
    /(?:请尽快|请|尽快)?前往\s*([^，,。；;]{4,60}?)\s*(?:领取|取件|取货|提货)/.exec(text)?.[1] ??
    /(?:地址|位于)\s*[:：]?\s*([^，,。；;]{4,60})/.exec(text)?.[1];
  return clean(raw);
}

/** The pickup card a line holds: the code to give, where to go, and the address when the text has one. */
export function pickupIn(text: string): PickupCard {
  return { code: codeIn(text), station: stationIn(text), address: addressIn(text) };
}
