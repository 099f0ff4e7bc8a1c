import { timingSafeEqual } from 'node:crypto';
import type { CarrierTrace } from '../../../ports/carrier-gateway';
import type { SeenPushes } from '../../../ports/seen-pushes';
import { trackToTrace } from './map-response';
import { dataSign } from './request';
import { kdniaoPushSchema } from './schemas';

export type KdniaoPushError = 'MISSING_FIELD' | 'BAD_SIGNATURE' | 'MALFORMED' | 'REPLAY';

export type KdniaoPushResult = { ok: true; traces: CarrierTrace[]; reply: string } | { ok: false; error: KdniaoPushError; reply: string };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** "yyyy-MM-dd HH:mm:ss" in Beijing time, as KDNiao's reply carries it. */
function beijingStamp(nowMs: number): string {
  return new Date(nowMs + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A KDNiao push (RequestType 101 / 102) checked like a webhook: fields present, signature over the
 * decoded RequestData (not URL-encoded before signing, docs/reference/carriers.md §1.3), payload shape, not seen before.
 */
export async function verifyKdniaoPush(input: {
  rawBody: string;
  appKey: string;
  ebusinessId: string;
  seen: SeenPushes;
  nowMs: number;
}): Promise<KdniaoPushResult> {
  const reply = (success: boolean, reason?: string) =>
    JSON.stringify({
      EBusinessID: input.ebusinessId,
      UpdateTime: beijingStamp(input.nowMs),
      Success: success,
      ...(reason ? { Reason: reason } : {}),
    });
  const form = new URLSearchParams(input.rawBody);
  const requestData = form.get('RequestData');
  const sign = form.get('DataSign');
  const type = form.get('RequestType');
  if (!requestData || !sign || !type) return { ok: false, error: 'MISSING_FIELD', reply: reply(false, 'missing field') };
  if (!sameText(dataSign(requestData, input.appKey), sign))
    return { ok: false, error: 'BAD_SIGNATURE', reply: reply(false, 'bad signature') };
  let payload: unknown;
  try {
    payload = JSON.parse(requestData);
  } catch {
    return { ok: false, error: 'MALFORMED', reply: reply(false, 'malformed') };
  }
  const parsed = kdniaoPushSchema.safeParse(payload);
  if (!parsed.success || (type !== '101' && type !== '102')) return { ok: false, error: 'MALFORMED', reply: reply(false, 'malformed') };
  const key = `kdniao:${parsed.data.EBusinessID}:${parsed.data.PushTime}:${sign}`;
  // A replay is answered as a success so KDNiao stops resending it; it changes nothing.
  if (await input.seen.has(key)) return { ok: false, error: 'REPLAY', reply: reply(true) };
  await input.seen.add(key);
  try {
    const traces = parsed.data.Data.filter((d) => d.ShipperCode && d.LogisticCode).map((d) =>
      trackToTrace(d, { carrier: d.ShipperCode!, waybillNo: d.LogisticCode! }),
    );
    return { ok: true, traces, reply: reply(true) };
  } catch {
    return { ok: false, error: 'MALFORMED', reply: reply(false, 'malformed') };
  }
}
