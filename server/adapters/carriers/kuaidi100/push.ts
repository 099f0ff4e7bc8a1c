import { createHash, timingSafeEqual } from 'node:crypto';
import type { CarrierTrace } from '../../../ports/carrier-gateway';
import type { SeenPushes } from '../../../ports/seen-pushes';
import { carrierFromCom, resultToTrace } from './map-response';
import { kuaidi100PushSchema } from './schemas';

export type Kuaidi100PushError = 'MISSING_FIELD' | 'BAD_SIGNATURE' | 'MALFORMED' | 'REPLAY';
export type Kuaidi100PushStatus = 'polling' | 'shutdown' | 'abort' | 'updateall';

export type Kuaidi100PushResult =
  { ok: true; trace: CarrierTrace; status: Kuaidi100PushStatus; reply: string } | { ok: false; error: Kuaidi100PushError; reply: string };

const SUCCESS = JSON.stringify({ result: true, returnCode: '200', message: '成功' });
const failure = (message: string) => JSON.stringify({ result: false, returnCode: '500', message });

/** Kuaidi100 signs a push as md5(param + salt); the hex case is not documented, so compare case-insensitively. */
export function pushSign(param: string, salt: string): string {
  return createHash('md5')
    .update(param + salt, 'utf8')
    .digest('hex');
}

function sameSign(expected: string, given: string): boolean {
  const a = Buffer.from(expected.toLowerCase());
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A Kuaidi100 callback (form POST of `param` + `sign`, docs/reference/carriers.md §2.3), checked like a webhook; reply within its 20 s. */
export async function verifyKuaidi100Push(input: { rawBody: string; salt: string; seen: SeenPushes }): Promise<Kuaidi100PushResult> {
  const form = new URLSearchParams(input.rawBody);
  const param = form.get('param');
  const sign = form.get('sign');
  if (!param || !sign) return { ok: false, error: 'MISSING_FIELD', reply: failure('missing field') };
  if (!sameSign(pushSign(param, input.salt), sign)) return { ok: false, error: 'BAD_SIGNATURE', reply: failure('bad signature') };
  let json: unknown;
  try {
    json = JSON.parse(param);
  } catch {
    return { ok: false, error: 'MALFORMED', reply: failure('malformed') };
  }
  const parsed = kuaidi100PushSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'MALFORMED', reply: failure('malformed') };
  const key = `kuaidi100:${sign.toLowerCase()}`;
  // A replay is acknowledged so Kuaidi100 stops resending; it changes nothing.
  if (await input.seen.has(key)) return { ok: false, error: 'REPLAY', reply: SUCCESS };
  await input.seen.add(key);
  const r = parsed.data.lastResult;
  const carrier = carrierFromCom(r.com);
  if (!carrier || !r.nu) return { ok: false, error: 'MALFORMED', reply: failure('unknown company or number') };
  try {
    return { ok: true, trace: resultToTrace(r, { carrier, waybillNo: r.nu }), status: parsed.data.status, reply: SUCCESS };
  } catch {
    return { ok: false, error: 'MALFORMED', reply: failure('malformed') };
  }
}
