import { generateKeyPairSync } from 'node:crypto';
import { startFakeWechatPay } from '../../server/adapters/wechatpay/fake-wechatpay.test-support';
import { buildNotification, type NotificationContent } from '../../server/adapters/local-pay/wechat-signer';
import { beijingIso } from '../../types/time';
import { prepareBundleRunner, type BundleRunner } from './bundle-runner';
import { FUNCTION_ENV, START_MS } from './scenario';

/**
 * The built intercept functions with WeChat Pay keys set, against a loopback WeChat Pay API v3:
 * the bundles carry wechatpay-node-v3 with its superagent transport and @fidm/x509 stubbed out
 * (scripts/bundle-stubs/), so this shows that what they keep signs orders, reads verified answers,
 * takes notifications and refunds, as deployed.
 */
const KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000';
const MCHID = '1230000109';
const API_V3_KEY = 'a'.repeat(32);
const HOUR = 3_600_000;
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ENV = { ENV: 'test-env-1a2b3c' };

let nowMs = START_MS;
let fake: Awaited<ReturnType<typeof startFakeWechatPay>>;
let runner: BundleRunner;

beforeAll(async () => {
  fake = await startFakeWechatPay({
    merchantPublicKey: merchant.publicKey,
    mchid: MCHID,
    signer: { privateKey: platform.privateKey, keyId: KEY_ID },
    clock: { now: () => nowMs },
  });
  runner = await prepareBundleRunner({
    ...FUNCTION_ENV,
    WECHATPAY_APPID: 'wx0123456789abcdef',
    WECHATPAY_MCHID: MCHID,
    WECHATPAY_MERCHANT_SERIAL_NO: '3775B6A45ACD588826D15E583A95F5DD00000000',
    WECHATPAY_PRIVATE_KEY: (merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).replace(/\n/g, '\\n'),
    WECHATPAY_APIV3_KEY: API_V3_KEY,
    WECHATPAY_PUBLIC_KEY_ID: KEY_ID,
    WECHATPAY_PUBLIC_KEY: (platform.publicKey.export({ type: 'spki', format: 'pem' }) as string).replace(/\n/g, '\\n'),
    WECHATPAY_NOTIFY_URL: 'https://test-env-1a2b3c.service.tcloudbase.com/pay-notify',
    WECHATPAY_BASE_URL: fake.baseUrl,
  });
}, 60_000);

afterAll(async () => {
  runner?.close();
  await fake?.close();
});

type Answer = { ok: boolean; data: { intercept: { id: string; state: string }; payment: { package: string } }; error?: { code: string } };

async function call(fn: string, openid: string, event: object): Promise<Answer> {
  const context = { OPENID: openid, APPID: 'wx0123456789abcdef', ...ENV };
  return (await runner.run(fn, [{ context, event }], nowMs)).answers[0] as Answer;
}

async function notify(content: Omit<NotificationContent, 'createTime'>) {
  const n = buildNotification(
    { ...content, createTime: beijingIso(nowMs) },
    { privateKey: platform.privateKey, keyId: KEY_ID },
    API_V3_KEY,
    nowMs,
  );
  const event = {
    path: '/pay-notify',
    httpMethod: 'POST',
    headers: { ...n.headers, 'content-type': 'application/json' },
    body: Buffer.from(n.body).toString('base64'),
    isBase64Encoded: true,
  };
  return (await runner.run('payNotify', [{ context: ENV, event }], nowMs)).answers[0] as { statusCode: number; body: string };
}

test('an order signed by the bundle; paid; found by the query on return', async () => {
  await call('lookup', 'o_alice', { waybillNo: 'YT7530129834561' });
  const requested = await call('requestIntercept', 'o_alice', { waybillNo: 'YT7530129834561', type: 'RETURN', phoneTail: '1234' });
  expect(requested).toMatchObject({ ok: true, data: { intercept: { state: 'PAYMENT_PENDING' } } });
  const { id } = requested.data.intercept;
  expect(requested.data.payment.package).toBe(`prepay_id=wx21${id}`);
  expect(fake.seen[0]).toMatchObject({ method: 'POST', path: '/v3/pay/transactions/jsapi', signatureValid: true });
  expect(JSON.parse(fake.seen[0].body)).toMatchObject({ out_trade_no: id, amount: { total: 1500 }, payer: { openid: 'o_alice' } });

  fake.pay(id);
  expect(await call('getIntercept', 'o_alice', { id })).toMatchObject({ ok: true, data: { intercept: { state: 'SUBMITTED' } } });

  // Days later the sandbox parcel is delivered at its old address: the watch fails it and WeChat Pay is asked to refund.
  nowMs += 4 * 24 * HOUR;
  const trigger = { Type: 'Timer', TriggerName: 'everyMinute', Time: new Date(nowMs).toISOString() };
  expect((await runner.run('interceptWatch', [{ context: ENV, event: trigger }], nowMs)).answers[0]).toEqual({ ok: true });
  expect(fake.seen.at(-1)).toMatchObject({ method: 'POST', path: '/v3/refund/domestic/refunds', signatureValid: true });
  expect(await call('getIntercept', 'o_alice', { id })).toMatchObject({ data: { intercept: { state: 'REFUNDING' } } });

  const refunded = {
    out_trade_no: id,
    out_refund_no: `${id}R1`,
    refund_id: '50301',
    refund_status: 'SUCCESS',
    amount: { total: 1500, refund: 1500 },
  };
  expect(await notify({ id: 'EV-refund-1', eventType: 'REFUND.SUCCESS', resource: refunded })).toMatchObject({ statusCode: 204 });
  expect(await call('getIntercept', 'o_alice', { id })).toMatchObject({ data: { intercept: { state: 'REFUNDED' } } });
}, 60_000);

test('a payment notification verified and applied by the bundle; the same one again changes nothing', async () => {
  await call('lookup', 'o_bob', { waybillNo: 'YT7530129834562' });
  const requested = await call('requestIntercept', 'o_bob', { waybillNo: 'YT7530129834562', type: 'RETURN', phoneTail: '4321' });
  const { id } = requested.data.intercept;
  fake.pay(id);
  const paid = {
    out_trade_no: id,
    transaction_id: `4200${id}`,
    trade_state: 'SUCCESS',
    amount: { total: 1500 },
    payer: { openid: 'o_bob' },
  };
  expect(await notify({ id: 'EV-paid-1', eventType: 'TRANSACTION.SUCCESS', resource: paid })).toMatchObject({ statusCode: 204, body: '' });
  expect(await notify({ id: 'EV-paid-1', eventType: 'TRANSACTION.SUCCESS', resource: paid })).toMatchObject({ statusCode: 204 });
  const seen = await call('getIntercept', 'o_bob', { id });
  expect(seen).toMatchObject({ data: { intercept: { state: 'SUBMITTED' } } });
  expect((seen.data.intercept as unknown as { history: unknown[] }).history).toHaveLength(4);
}, 60_000);
