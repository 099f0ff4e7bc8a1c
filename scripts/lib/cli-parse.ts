import { beijingIso } from '../../types/time';
import { parcelIdOf, carrierInfo, type Parcel } from '../../types';
import { companyFromShipperCode } from '../../server/adapters/carriers/kdniao/companies';
import { parseKdniaoPayload } from '../../server/adapters/carriers/kdniao/parse-payload';
import { companyFromCom } from '../../server/adapters/carriers/kuaidi100/companies';
import { parseKuaidi100Payload } from '../../server/adapters/carriers/kuaidi100/parse-payload';
import { estimateEta } from '../../server/domain/tracking/estimate-eta';
import { normalizeTrace } from '../../server/domain/tracking/normalize-trace';
import { computeAlerts } from '../../server/domain/tracking/parcel-alerts';
import { CarrierError, type CarrierTrace } from '../../server/ports/carrier-gateway';

/** User-facing errors of `cli parse`, as the lookup function words them. */
const MESSAGES: Record<string, { code: string; message: string }> = {
  NOT_FOUND: { code: 'NOT_FOUND', message: '没有查到这个单号，请核对单号和快递公司' },
  INVALID_NUMBER: { code: 'NOT_FOUND', message: '没有查到这个单号，请核对单号和快递公司' },
  NEEDS_PHONE_TAIL: { code: 'NEEDS_PHONE_TAIL', message: '请输入收件人或寄件人手机号后四位' },
  WRONG_PHONE_TAIL: { code: 'NEEDS_PHONE_TAIL', message: '手机号后四位不对，请核对收件人或寄件人的手机号' },
};

/** A trace as `lookup` returns the parcel (no store: no lane statistics, now as the query time). */
export function parcelFromTrace(trace: CarrierTrace, nowMs: number, vendorName?: string): Parcel {
  const n = normalizeTrace(trace);
  const info = carrierInfo(trace.carrier);
  return {
    id: parcelIdOf(trace.carrier, trace.waybillNo),
    carrier: trace.carrier,
    carrierName: info?.name ?? vendorName ?? trace.carrier,
    carrierPhone: info?.hotline ?? null,
    waybillNo: trace.waybillNo,
    status: n.status,
    reason: n.reason,
    alerts: computeAlerts({ status: n.status, events: n.events, nowMs }),
    events: n.events,
    eta: estimateEta({
      carrier: trace.carrier,
      status: n.status,
      carrierEta: trace.eta ?? null,
      originCity: n.originCity,
      destCity: n.destCity,
      collectedAtMs: n.collectedAtMs,
      lastEventMs: n.events.length ? Date.parse(n.events[0].time) : null,
      lane: null,
      nowMs,
    }),
    courier: n.courier,
    pickup: n.pickup,
    queriedAt: beijingIso(nowMs),
  };
}

export type ParseOutput = Parcel | { error: { code: string; message: string } };

/** `cli parse kdniao|kuaidi100`: one output per parcel the body holds. */
export function parsePayload(vendor: 'kdniao' | 'kuaidi100', body: string, nowMs: number): ParseOutput[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [{ error: { code: 'INVALID_INPUT', message: '输入不是 JSON' } }];
  }
  const items = vendor === 'kdniao' ? parseKdniaoPayload(json) : parseKuaidi100Payload(json);
  const com = (json as { lastResult?: { com?: string }; com?: string })?.lastResult?.com ?? (json as { com?: string })?.com;
  return items.map((item) => {
    if (item instanceof CarrierError)
      return { error: MESSAGES[item.kind] ?? { code: 'CARRIER_UNAVAILABLE', message: '快递公司暂时查不到最新进度' } };
    const vendorName = vendor === 'kuaidi100' ? companyFromCom(com)?.name : companyFromShipperCode(item.carrier)?.name;
    return parcelFromTrace(item, nowMs, vendorName);
  });
}
