import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ManualClock } from '../system/system-clock';
import { createWechatPay } from './client';
import { startFakeWechatPay } from './fake-wechatpay.test-support';
import { platformKeys, verifySha256Rsa } from './signature';

const NOW = Date.parse('2026-11-21T10:00:00+08:00');
const KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000';
const APPID = 'wxd678efh567hg6787';
const MCHID = '1230000109';

let merchant: { privateKey: KeyObject; publicKey: KeyObject };
let platform: { privateKey: KeyObject; publicKey: KeyObject };
let fake: Awaited<ReturnType<typeof startFakeWechatPay>>;
let clock: ManualClock;

beforeAll(() => {
  merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
});

beforeEach(async () => {
  clock = new ManualClock(NOW);
  fake = await startFakeWechatPay({
    merchantPublicKey: merchant.publicKey,
    mchid: MCHID,
    signer: { privateKey: platform.privateKey, keyId: KEY_ID },
    clock,
  });
});
afterEach(() => fake.close());

function client(merchantKey: KeyObject = merchant.privateKey) {
  return createWechatPay({
    appid: APPID,
    mchid: MCHID,
    merchantSerialNo: '3775B6A45ACD588826D15E583A95F5DD********',
    merchantPrivateKey: merchantKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    apiV3Key: 'k'.repeat(32),
    platformKeys: platformKeys({ publicKeys: [{ id: KEY_ID, pem: platform.publicKey.export({ type: 'spki', format: 'pem' }) as string }] }),
    notifyUrl: 'https://pay.example.com/pay-notify',
    clock,
    baseUrl: fake.baseUrl,
    timeoutMs: 300,
  });
}

const order = {
  outTradeNo: 'IC2026112100001',
  description: '包裹管家-拦截改址',
  amountFen: 1800,
  payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  expiresAt: '2026-11-21T10:30:00.000+08:00',
};

test('createOrder: a signed JSAPI order; the answer becomes requestPayment parameters signed by the merchant', async () => {
  const created = await client().createOrder(order);
  expect(fake.seen[0]).toMatchObject({ method: 'POST', path: '/v3/pay/transactions/jsapi', signatureValid: true });
  expect(JSON.parse(fake.seen[0].body)).toEqual({
    appid: APPID,
    mchid: MCHID,
    description: '包裹管家-拦截改址',
    out_trade_no: 'IC2026112100001',
    notify_url: 'https://pay.example.com/pay-notify',
    time_expire: '2026-11-21T10:30:00+08:00',
    amount: { total: 1800, currency: 'CNY' },
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  });
  expect(created.prepayId).toBe('wx21IC2026112100001');
  const p = created.payment;
  expect(p).toMatchObject({ package: 'prepay_id=wx21IC2026112100001', signType: 'RSA' });
  expect(verifySha256Rsa(`${APPID}\n${p.timeStamp}\n${p.nonceStr}\n${p.package}\n`, p.paySign, merchant.publicKey)).toBe(true);
});

test('queryOrder: GET by out_trade_no with mchid; NOTPAY until the user pays, then SUCCESS with the transaction id', async () => {
  const pay = client();
  await pay.createOrder(order);
  await expect(pay.queryOrder(order.outTradeNo)).resolves.toMatchObject({ tradeState: 'NOTPAY', transactionId: null });
  fake.pay(order.outTradeNo);
  await expect(pay.queryOrder(order.outTradeNo)).resolves.toEqual({
    outTradeNo: 'IC2026112100001',
    tradeState: 'SUCCESS',
    transactionId: '4200IC2026112100001',
    amountFen: 1800,
    successTime: '2026-11-21T10:01:00+08:00',
    payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  });
  expect(fake.seen.at(-1)).toMatchObject({
    method: 'GET',
    path: '/v3/pay/transactions/out-trade-no/IC2026112100001?mchid=1230000109',
    signatureValid: true,
  });
});

test('closeOrder: a signed empty 204 closes it; an order paid meanwhile is ORDER_PAID', async () => {
  const pay = client();
  await pay.createOrder(order);
  await expect(pay.closeOrder(order.outTradeNo)).resolves.toBeUndefined();
  await pay.createOrder({ ...order, outTradeNo: 'IC2026112100002' });
  fake.pay('IC2026112100002');
  await expect(pay.closeOrder('IC2026112100002')).rejects.toMatchObject({ kind: 'ORDER_PAID' });
});

test('refund: full amount under our refund number; sending the same number again is the same refund', async () => {
  const pay = client();
  await pay.createOrder(order);
  fake.pay(order.outTradeNo);
  const input = { outTradeNo: order.outTradeNo, outRefundNo: 'IC2026112100001R1', refundFen: 1800, totalFen: 1800, reason: '拦截失败退款' };
  const first = await pay.refund(input);
  expect(JSON.parse(fake.seen.at(-1)!.body)).toEqual({
    out_trade_no: 'IC2026112100001',
    out_refund_no: 'IC2026112100001R1',
    reason: '拦截失败退款',
    notify_url: 'https://pay.example.com/pay-notify',
    amount: { refund: 1800, total: 1800, currency: 'CNY' },
  });
  expect(first).toMatchObject({ status: 'PROCESSING', refundFen: 1800, outRefundNo: 'IC2026112100001R1' });
  await expect(pay.refund(input)).resolves.toMatchObject({ refundId: first.refundId });
  await expect(pay.queryRefund('IC2026112100001R1')).resolves.toMatchObject({ refundId: first.refundId, status: 'PROCESSING' });
  await expect(pay.queryRefund('nope')).rejects.toMatchObject({ kind: 'NOT_FOUND', code: 'RESOURCE_NOT_EXISTS' });
});

describe('answers we do not trust', () => {
  test('a body changed after WeChat signed it', async () => {
    const pay = client();
    await pay.createOrder(order);
    fake.answerWith(() => ({ status: 200, body: { out_trade_no: order.outTradeNo, trade_state: 'NOTPAY' }, tamper: true }));
    await expect(pay.queryOrder(order.outTradeNo)).rejects.toMatchObject({ kind: 'BAD_RESPONSE', code: 'BAD_SIGNATURE' });
  });

  test('an answer signed ten minutes ago (a replayed answer)', async () => {
    fake.answerWith(() => ({ status: 200, body: { prepay_id: 'wx21old' }, signedAgoMs: 600_000 }));
    await expect(client().createOrder(order)).rejects.toMatchObject({ kind: 'BAD_RESPONSE', code: 'STALE_TIMESTAMP' });
  });

  test('our own signature refused (wrong merchant key) is AUTH', async () => {
    await expect(client(platform.privateKey).createOrder(order)).rejects.toMatchObject({ kind: 'AUTH', code: 'SIGN_ERROR' });
    expect(fake.seen[0].signatureValid).toBe(false);
  });

  test.each([
    ['a 500 SYSTEM_ERROR', { status: 500, body: { code: 'SYSTEM_ERROR', message: '系统错误' } }, 'UNAVAILABLE'],
    ['a 429 FREQUENCY_LIMITED', { status: 429, body: { code: 'FREQUENCY_LIMITED', message: '频率超限' } }, 'UNAVAILABLE'],
    ['a 403 NOT_ENOUGH', { status: 403, body: { code: 'NOT_ENOUGH', message: '余额不足' } }, 'REJECTED'],
    ['silence past the timeout', { status: 200, hang: true }, 'UNAVAILABLE'],
  ])('%s', async (_name, answer, kind) => {
    fake.answerWith(() => answer);
    await expect(client().createOrder(order)).rejects.toMatchObject({ kind });
  });
});
