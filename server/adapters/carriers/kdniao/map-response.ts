import type { CarrierCandidate } from '../../../../types';
import { CarrierError, type CarrierTrace, type RawCarrierEvent, type SubscribeResult } from '../../../ports/carrier-gateway';
import { companyFromShipperCode } from './companies';
import { kdniaoRecognizeSchema, kdniaoSubscribeSchema, kdniaoTrackSchema, type KdniaoTrack } from './schemas';
import { mapKdniaoCode } from './status-map';

/** "2026-11-20 10:00:00" (Beijing time, as KDNiao sends it) → ISO-8601 with +08:00. */
export function beijingIso(local: string): string {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(local.trim());
  if (!m) throw new CarrierError('UNAVAILABLE', `unreadable time ${local}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+08:00`;
}

/** A failed answer as a typed error; `detail` keeps the vendor's words for the logs. */
export function kdniaoError(reason: string | null | undefined, code: string | null | undefined, sentPhoneTail: boolean): CarrierError {
  const detail = `${code ?? ''} ${reason ?? ''}`.trim();
  const text = reason ?? '';
  if (/手机|验证码|CustomerName|后四位/i.test(text))
    return new CarrierError(sentPhoneTail ? 'WRONG_PHONE_TAIL' : 'NEEDS_PHONE_TAIL', detail);
  if (code === '405' || /超出|次数限制|频繁/.test(text)) return new CarrierError('RATE_LIMITED', detail);
  if (code === '403' || code === '404' || code === '402' || /单号.*(特殊字符|长度|不正确|有误)/.test(text))
    return new CarrierError('INVALID_NUMBER', detail);
  if (code === '104' || /签名|DataSign|EBusinessID|商户|用户|权限|未开通/.test(text)) return new CarrierError('AUTH', detail);
  if (/没有|不存在|查询不到|无此单号|暂无轨迹|无轨迹|已过期/.test(text)) return new CarrierError('NOT_FOUND', detail);
  return new CarrierError('UNAVAILABLE', detail || 'KDNiao said no without a reason');
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new CarrierError('UNAVAILABLE', `KDNiao answered with something that is not JSON: ${body.slice(0, 80)}`);
  }
}

/** One track (a query answer or a push item) as our raw trace, oldest event first. */
export function trackToTrace(track: KdniaoTrack, fallback: { carrier: string; waybillNo: string }): CarrierTrace {
  const events: RawCarrierEvent[] = (track.Traces ?? []).map((t) => ({
    time: beijingIso(t.AcceptTime),
    text: t.AcceptStation,
    ...(t.Action ? { code: t.Action, mapped: mapKdniaoCode(t.Action) } : {}),
    ...(t.Location ? { city: t.Location } : {}),
  }));
  events.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const stateCode = track.StateEx ?? track.State;
  const courierName = track.DeliveryMan ?? null;
  const courierPhone = track.DeliveryManTel ?? null;
  return {
    carrier: track.ShipperCode ?? fallback.carrier,
    waybillNo: track.LogisticCode ?? fallback.waybillNo,
    source: 'kdniao',
    ...(stateCode ? { state: { code: stateCode, mapped: mapKdniaoCode(stateCode) } } : {}),
    events,
    ...dayEta(track.EstimatedDeliveryTime),
    ...(courierName || courierPhone ? { courier: { name: courierName, phone: courierPhone } } : {}),
  };
}

/** 1002 / 8001 answer → trace, or the typed error it carries. */
export function mapQueryResponse(body: string, q: { carrier: string; waybillNo: string; phoneTail?: string }): CarrierTrace {
  const parsed = kdniaoTrackSchema.safeParse(parseJson(body));
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', `unexpected KDNiao payload: ${parsed.error.issues[0]?.message}`);
  const track = parsed.data;
  // "Success:true, State:0, Traces:[]" is a parcel with no trace yet, not an error (docs/reference/carriers.md §1.6).
  if (!track.Success) throw kdniaoError(track.Reason, track.ResultCode, Boolean(q.phoneTail));
  return trackToTrace(track, q);
}

/** 2002 answer → candidates in KDNiao's order, with our names. */
export function mapRecognizeResponse(body: string): CarrierCandidate[] {
  const parsed = kdniaoRecognizeSchema.safeParse(parseJson(body));
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', 'unexpected KDNiao recognition payload');
  if (!parsed.data.Success) throw kdniaoError(parsed.data.Reason, parsed.data.Code, false);
  const confidences = [0.9, 0.6, 0.4];
  return (parsed.data.Shippers ?? []).map((s, i) => ({
    carrier: s.ShipperCode,
    name: companyFromShipperCode(s.ShipperCode, s.ShipperName)?.name ?? s.ShipperCode,
    confidence: confidences[i] ?? 0.2,
  }));
}

export function mapSubscribeResponse(body: string): SubscribeResult {
  const parsed = kdniaoSubscribeSchema.safeParse(parseJson(body));
  if (!parsed.success) throw new CarrierError('UNAVAILABLE', 'unexpected KDNiao subscribe payload');
  if (!parsed.data.Success) throw kdniaoError(parsed.data.Reason, parsed.data.ResultCode, false);
  return dayEta(parsed.data.EstimatedDeliveryTime);
}

/** KDNiao's EstimatedDeliveryTime names a day: the estimate is that whole day, Beijing time. */
function dayEta(estimated: string | undefined | null): SubscribeResult {
  const day = estimated?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { eta: { from: `${day}T00:00:00+08:00`, to: `${day}T23:59:59+08:00` } } : {};
}
