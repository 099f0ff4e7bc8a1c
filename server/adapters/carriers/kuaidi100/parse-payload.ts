import { CarrierError, type CarrierTrace } from '../../../ports/carrier-gateway';
import { carrierFromCom, mapQueryResponse } from './map-response';
import { kuaidi100PushSchema } from './schemas';

/**
 * Any Kuaidi100 body we may hold — a query answer or the `param` of a callback — as the parcels it
 * carries. A callback's `lastResult` is read like a query answer, so "单号不存在" is NOT_FOUND there too.
 */
export function parseKuaidi100Payload(json: unknown): (CarrierTrace | CarrierError)[] {
  const push = kuaidi100PushSchema.safeParse(json);
  const result = push.success ? push.data.lastResult : json;
  const r = result as { com?: string; nu?: string };
  try {
    return [mapQueryResponse(JSON.stringify(result), { carrier: carrierFromCom(r?.com) ?? '', waybillNo: r?.nu ?? '' })];
  } catch (err) {
    if (err instanceof CarrierError) return [err];
    throw err;
  }
}
