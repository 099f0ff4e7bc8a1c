import { CARRIERS, KNOWN_CARRIERS, type CarrierCandidate } from '../../../../types';
import { companyFromCom } from './companies';
import { CarrierError, type CarrierTrace, type RawCarrierEvent } from '../../../ports/carrier-gateway';
import { beijingIso } from '../kdniao/map-response';
import { kuaidi100AutonumberSchema, kuaidi100ResultSchema, kuaidi100SubscribeSchema, type Kuaidi100Result } from './schemas';
import { mapKuaidi100Code } from './status-map';

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new CarrierError('UNAVAILABLE', `Kuaidi100 answered with something that is not JSON: ${body.slice(0, 80)}`);
  }
}

/** "江苏,苏州市" → "苏州市": the last part names the city. */
function cityOf(areaName: string | null | undefined): string | undefined {
  const last = areaName?.split(/[,，]/).pop()?.trim();
  return last || undefined;
}

/** Kuaidi100 company code → our carrier code (an explicit other carrier for codes outside our table). */
export function carrierFromCom(com: string | null | undefined): string | null {
  return KNOWN_CARRIERS.find((c) => CARRIERS[c].kuaidi100 === com) ?? companyFromCom(com)?.carrier ?? null;
}

/** A result (query answer or push lastResult) as our raw trace, oldest event first. */
export function resultToTrace(r: Kuaidi100Result, fallback: { carrier: string; waybillNo: string }): CarrierTrace {
  const events: RawCarrierEvent[] = (r.data ?? []).map((d) => ({
    time: beijingIso(d.ftime ?? d.time ?? ''),
    text: d.context,
    ...(d.statusCode ? { code: d.statusCode, mapped: mapKuaidi100Code(d.statusCode) } : {}),
    ...(cityOf(d.areaName) ? { city: cityOf(d.areaName) } : {}),
  }));
  events.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  // arrivalTime "2021-06-14 10" is an hour (docs/reference/carriers.md §2.1).
  const arrival = /^(\d{4}-\d{2}-\d{2}) (\d{2})$/.exec(r.arrivalTime ?? '');
  const courier =
    r.courierInfo?.deliveryManName || r.courierInfo?.deliveryManPhone
      ? { name: r.courierInfo.deliveryManName ?? null, phone: r.courierInfo.deliveryManPhone ?? null }
      : null;
  return {
    carrier: carrierFromCom(r.com) ?? fallback.carrier,
    waybillNo: r.nu ?? fallback.waybillNo,
    source: 'kuaidi100',
    ...(r.state ? { state: { code: r.state, mapped: mapKuaidi100Code(r.state) } } : {}),
    events,
    ...(arrival ? { eta: { from: `${arrival[1]}T${arrival[2]}:00:00+08:00`, to: `${arrival[1]}T${arrival[2]}:59:59+08:00` } } : {}),
    ...(courier ? { courier } : {}),
  };
}

/** returnCode → typed error (docs/reference/carriers.md §2.1, k100 docs): 408 is the phone check. */
export function kuaidi100Error(
  returnCode: string | null | undefined,
  message: string | null | undefined,
  sentPhone: boolean,
): CarrierError {
  const detail = `${returnCode ?? ''} ${message ?? ''}`.trim();
  switch (returnCode) {
    case '408':
      return new CarrierError(sentPhone ? 'WRONG_PHONE_TAIL' : 'NEEDS_PHONE_TAIL', detail);
    case '400':
      return new CarrierError(/phone|手机/i.test(message ?? '') && !sentPhone ? 'NEEDS_PHONE_TAIL' : 'INVALID_NUMBER', detail);
    case '500':
      return new CarrierError('NOT_FOUND', detail);
    case '502':
      return new CarrierError('RATE_LIMITED', detail);
    case '503':
    case '601':
    case '600':
      return new CarrierError('AUTH', detail);
    default:
      return new CarrierError('UNAVAILABLE', detail || 'Kuaidi100 said no without a reason');
  }
}

/** "单号不存在或者已经过期", "查询无结果": the number is unknown to the carrier (or too old), not a parcel in transit. */
const NOTHING_FOUND = /不存在|已经过期|已过期|无结果|无记录|查无/;
/** An event that is no event: the vendor's way of saying the number has no trace. */
const NO_RESULT_EVENT = /^(查无结果|暂无结果|暂无记录|暂无轨迹信息?)$/;

/**
 * A query answer → trace, or the error it carries. The answer shapes differ by era: the old
 * `status: "201"` with empty data is "not found"; `result: false` next to a full `data` (seen in
 * maptrack answers) is still a parcel; `returnCode` other than 200 is the documented failure.
 */
export function mapQueryResponse(body: string, q: { carrier: string; waybillNo: string; phoneTail?: string }): CarrierTrace {
  const parsed = kuaidi100ResultSchema.safeParse(parseJson(body));
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', `unexpected Kuaidi100 payload: ${parsed.error.issues[0]?.message}`);
  const r = parsed.data;
  if (r.returnCode && r.returnCode !== '200') throw kuaidi100Error(r.returnCode, r.message, Boolean(q.phoneTail));
  // An answer whose only events say "查无结果" (seen with state 3 and ischeck 1) found nothing: it is no delivery.
  const events = r.data ?? [];
  const onlySaysNothing = events.length > 0 && events.every((d) => NO_RESULT_EVENT.test(d.context.trim()));
  const hasEvents = Boolean(r.data?.length) && !onlySaysNothing;
  if (!hasEvents && (NOTHING_FOUND.test(r.message ?? '') || r.status === '201' || onlySaysNothing))
    throw new CarrierError('NOT_FOUND', `${r.status ?? ''} ${r.message ?? ''}`.trim());
  if (r.status && r.status !== '200' && !hasEvents)
    throw kuaidi100Error(r.status === '400' ? '400' : null, r.message, Boolean(q.phoneTail));
  if (!r.data || (r.result === false && !hasEvents)) throw kuaidi100Error(r.returnCode, r.message, Boolean(q.phoneTail));
  return resultToTrace(r, q);
}

export function mapSubscribeResponse(body: string, sentPhone: boolean): void {
  const parsed = kuaidi100SubscribeSchema.safeParse(parseJson(body));
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', 'unexpected Kuaidi100 subscribe payload');
  // 501 重复订阅: the number is already being followed, which is what we wanted.
  if (parsed.data.returnCode === '200' || parsed.data.returnCode === '501') return;
  const code = parsed.data.returnCode;
  if (code === '700' || code === '702') throw new CarrierError('INVALID_NUMBER', `${code} ${parsed.data.message ?? ''}`);
  if (code === '701') throw new CarrierError('NOT_FOUND', `${code} ${parsed.data.message ?? ''}`);
  throw kuaidi100Error(code, parsed.data.message, sentPhone);
}

/** autonumber answer → our carriers in Kuaidi100's order; companies we do not know are dropped. */
export function mapAutonumberResponse(body: string): CarrierCandidate[] {
  const json = parseJson(body);
  if (!Array.isArray(json)) {
    const code = String((json as { returnCode?: unknown })?.returnCode ?? '');
    if (code === '201') throw new CarrierError('INVALID_NUMBER', 'not a waybill number');
    throw new CarrierError(code === '601' || code === '701' ? 'AUTH' : 'UNAVAILABLE', `autonumber ${code}`);
  }
  const parsed = kuaidi100AutonumberSchema.safeParse(json);
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', 'unexpected autonumber payload');
  const confidences = [0.9, 0.6, 0.4];
  return parsed.data
    .map((c) => carrierFromCom(c.comCode))
    .filter((c): c is (typeof KNOWN_CARRIERS)[number] => c !== null && (KNOWN_CARRIERS as string[]).includes(c))
    .map((carrier, i) => ({ carrier, name: CARRIERS[carrier].name, confidence: confidences[i] ?? 0.2 }));
}
