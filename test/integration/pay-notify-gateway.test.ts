import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { buildNotification } from '../../server/adapters/local-pay/wechat-signer';
import type { SandboxKeys } from '../../server/adapters/local-pay/sandbox-keys';
import { beijingIso } from '../../types/time';
import { startTempServer } from '../../scripts/lib/temp-server';
import { IN_TRANSIT_NO, SUZHOU_ADDRESS } from '../support/intercept-product';

/**
 * payNotify through the local gateway (POST /hooks/payNotify/wechatpay), as WeChat Pay would
 * call it: real v3 notifications, signed with the pay sandbox's platform key and encrypted with
 * its APIv3 key from the server's data folder, one test per way a notification can be wrong.
 */
let server: Awaited<ReturnType<typeof startTempServer>>;
let token: string;
let keys: SandboxKeys;
let id: string;

const J = { 'content-type': 'application/json' };
async function api(name: string, body: unknown) {
  const res = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { ...J, authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; data?: never; error?: { code: string; message: string } };
}
async function hook(n: { headers: Record<string, string>; body: string }) {
  const res = await fetch(`${server.url}hooks/payNotify/wechatpay`, { method: 'POST', headers: n.headers, body: n.body });
  return { status: res.status, body: await res.text() };
}
const state = async () =>
  ((await api('getIntercept', { id })).data as unknown as { intercept: { state: string; history: unknown[] } }).intercept;

/** A TRANSACTION.SUCCESS for our order, as the sandbox (and WeChat Pay) makes one. */
function paidNotice(
  options: { notificationId?: string; signedAgoMs?: number; keyId?: string; apiV3Key?: string; privateKey?: string } = {},
) {
  const now = server.deps.clock.now();
  const resource = {
    out_trade_no: id,
    transaction_id: '4200000000202611220000000001',
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    success_time: beijingIso(now),
    payer: { openid: 'o_someone' },
    amount: { total: 2300, currency: 'CNY' },
  };
  return buildNotification(
    { id: options.notificationId ?? `EV-${now}`, createTime: beijingIso(now), eventType: 'TRANSACTION.SUCCESS', resource },
    { privateKey: options.privateKey ?? keys.platformPrivateKey, keyId: options.keyId ?? keys.publicKeyId },
    options.apiV3Key ?? keys.apiV3Key,
    now - (options.signedAgoMs ?? 0),
  );
}

beforeAll(async () => {
  server = await startTempServer();
  token = server.newUserToken();
  keys = JSON.parse(readFileSync(join(server.dataDir, 'pay-sandbox.json'), 'utf8')) as SandboxKeys;
  await api('lookup', { waybillNo: IN_TRANSIT_NO });
  const requested = await api('requestIntercept', {
    waybillNo: IN_TRANSIT_NO,
    type: 'REDIRECT',
    phoneTail: '1234',
    newAddress: SUZHOU_ADDRESS,
  });
  id = (requested.data as unknown as { intercept: { id: string } }).intercept.id;
}, 30_000);
afterAll(() => server?.close());

describe('a notification that cannot be trusted changes nothing and is refused with 4xx, for WeChat Pay to send again', () => {
  const other = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });

  test.each<[string, () => { headers: Record<string, string>; body: string }, string]>([
    ['missing headers', () => ({ headers: { 'content-type': 'application/json' }, body: paidNotice().body }), 'MISSING_HEADERS'],
    [
      'a bad signature',
      () => ({ ...paidNotice(), body: paidNotice().body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.SUCCES"') }),
      'BAD_SIGNATURE',
    ],
    ['signed by another key under our key id', () => paidNotice({ privateKey: other.privateKey }), 'BAD_SIGNATURE'],
    ['a stale timestamp', () => paidNotice({ signedAgoMs: 301_000 }), 'STALE_TIMESTAMP'],
    ['a future timestamp', () => paidNotice({ signedAgoMs: -301_000 }), 'FUTURE_TIMESTAMP'],
    ['an unknown public key id', () => paidNotice({ keyId: 'PUB_KEY_ID_0114232134912410000000000000000000' }), 'UNKNOWN_PUBLIC_KEY_ID'],
    ['an unknown certificate serial', () => paidNotice({ keyId: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1' }), 'UNKNOWN_SERIAL'],
    ['a resource that does not decrypt', () => paidNotice({ apiV3Key: 'x'.repeat(32) }), 'DECRYPTION_FAILED'],
  ])('%s', async (_title, make, error) => {
    const before = await state();
    expect(await hook(make())).toEqual({ status: 401, body: JSON.stringify({ code: 'FAIL', message: error }) });
    expect(await state()).toEqual(before);
  });
});

test('POST /api/_dev/pay settles in the sandbox; its notification goes through payNotify; a replay, even signed anew, changes nothing', async () => {
  expect(await api('_dev/pay', { outTradeNo: id, outcome: 'CANCEL' })).toEqual({
    ok: true,
    data: { tradeState: 'NOTPAY', notified: false },
  });
  expect((await state()).state).toBe('PAYMENT_PENDING');
  expect(await api('_dev/pay', { outTradeNo: id, outcome: 'SUCCESS' })).toEqual({
    ok: true,
    data: { tradeState: 'SUCCESS', notified: true },
  });
  const paid = await state();
  expect(paid.state).toBe('SUBMITTED');
  const replay = paidNotice({ notificationId: 'EV-replayed' });
  expect(await hook(replay)).toEqual({ status: 204, body: '' });
  expect(await hook(replay)).toEqual({ status: 204, body: '' });
  expect(await state()).toEqual(paid);
});

test('a failed intercept is refunded: POST /api/_dev/refund settles it and the refund notification ends it REFUNDED', async () => {
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}api/${path}`, { method: 'POST', headers: J, body: JSON.stringify(body) });
  // Four days on, the sandbox parcel is delivered at its old address: the timeline fails the intercept.
  await post('_dev/clock', { advanceMs: 4 * 24 * 3_600_000 });
  await post('_dev/run/interceptWatch', {});
  expect((await state()).state).toBe('REFUNDING');
  expect(await api('_dev/refund', { outRefundNo: `${id}R1`, outcome: 'SUCCESS' })).toEqual({ ok: true, data: { status: 'SUCCESS' } });
  expect((await state()).state).toBe('REFUNDED');
});

test('the dev pay routes check what they are given', async () => {
  expect(await api('_dev/pay', { outTradeNo: id, outcome: 'MAYBE' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await api('_dev/pay', { outTradeNo: 'ICnowhere1', outcome: 'SUCCESS' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await api('_dev/refund', { outRefundNo: `${id}R9`, outcome: 'SUCCESS' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});
