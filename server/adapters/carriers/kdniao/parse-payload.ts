import { CarrierError, type CarrierTrace } from '../../../ports/carrier-gateway';
import { kdniaoError, mapQueryResponse, trackToTrace } from './map-response';
import { kdniaoPushSchema } from './schemas';

/**
 * Any KDNiao body we may hold — a 1002/8001 answer or the RequestData of a 101/102 push — as the
 * parcels it carries: a trace each, or the error an item reports. Signatures are checked elsewhere.
 */
export function parseKdniaoPayload(json: unknown): (CarrierTrace | CarrierError)[] {
  const push = kdniaoPushSchema.safeParse(json);
  if (push.success)
    return push.data.Data.map((item) => {
      const q = { carrier: item.ShipperCode ?? '', waybillNo: item.LogisticCode ?? '' };
      if (!item.Success) return kdniaoError(item.Reason, item.ResultCode, false);
      try {
        return trackToTrace(item, q);
      } catch (err) {
        if (err instanceof CarrierError) return err;
        throw err;
      }
    });
  const one = json as { ShipperCode?: string; LogisticCode?: string };
  try {
    return [mapQueryResponse(JSON.stringify(json), { carrier: one?.ShipperCode ?? '', waybillNo: one?.LogisticCode ?? '' })];
  } catch (err) {
    if (err instanceof CarrierError) return [err];
    throw err;
  }
}
