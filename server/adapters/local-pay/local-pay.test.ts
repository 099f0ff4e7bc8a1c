import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocStore } from '../sqlite/sqlite-doc-store';
import { ManualClock } from '../system/system-clock';
import { SequentialIds } from '../system/random-ids';
import { verifySha256Rsa } from '../wechatpay/signature';
import { createLocalPay } from './local-pay';
import { loadOrCreateSandboxKeys } from './sandbox-keys';

const NOW = Date.parse('2026-11-21T10:00:00+08:00');
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pay-sandbox-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sandbox() {
  const clock = new ManualClock(NOW);
  const delivered: { headers: Record<string, string>; body: string }[] = [];
  const pay = createLocalPay({
    dataDir,
    store: new SqliteDocStore(':memory:'),
    clock,
    ids: new SequentialIds('lp'),
    deliver: (n) => void delivered.push(n),
  });
  return { pay, clock, delivered };
}

const order = {
  outTradeNo: 'IC2026112100001',
  description: '包裹管家-拦截改址',
  amountFen: 1800,
  payerOpenid: 'local-openid-1',
  expiresAt: '2026-11-21T10:30:00+08:00',
};

test('the key pair and APIv3 key are made once into the data folder, readable by us only', () => {
  const first = loadOrCreateSandboxKeys(dataDir);
  expect(loadOrCreateSandboxKeys(dataDir)).toEqual(first);
  expect(first.publicKeyId).toMatch(/^PUB_KEY_ID_\d{32}$/);
  expect(first.apiV3Key).toHaveLength(32);
  expect(statSync(join(dataDir, 'pay-sandbox.json')).mode & 0o777).toBe(0o600);
});

test('paying in the sandbox sends a real signed, encrypted v3 notification that the verifier accepts', async () => {
  const { pay, delivered } = sandbox();
  const created = await pay.createOrder(order);
  const keys = JSON.parse(readFileSync(join(dataDir, 'pay-sandbox.json'), 'utf8'));
  const p = created.payment;
  expect(
    verifySha256Rsa(`wx-local-sandbox\n${p.timeStamp}\n${p.nonceStr}\n${p.package}\n`, p.paySign, createPublicKey(keys.merchantPrivateKey)),
  ).toBe(true);

  await expect(pay.settle(order.outTradeNo, 'SUCCESS')).resolves.toEqual({ tradeState: 'SUCCESS', notified: true });
  expect(delivered).toHaveLength(1);
  expect(delivered[0].headers['wechatpay-serial']).toBe(keys.publicKeyId);
  expect(JSON.parse(delivered[0].body).resource).toMatchObject({ algorithm: 'AEAD_AES_256_GCM', original_type: 'transaction' });
  const verdict = await pay.verifyNotification(delivered[0]);
  expect(verdict.ok && verdict.notification).toMatchObject({
    kind: 'TRANSACTION',
    eventType: 'TRANSACTION.SUCCESS',
    transaction: { outTradeNo: 'IC2026112100001', tradeState: 'SUCCESS', amountFen: 1800, payerOpenid: 'local-openid-1' },
  });
  await expect(pay.queryOrder(order.outTradeNo)).resolves.toMatchObject({
    tradeState: 'SUCCESS',
    successTime: '2026-11-21T10:00:00+08:00',
  });
  await expect(pay.settle(order.outTradeNo, 'SUCCESS')).resolves.toEqual({ tradeState: 'SUCCESS', notified: false });
});

test('the verifier refuses a tampered sandbox notification, and a late one', async () => {
  const { pay, delivered, clock } = sandbox();
  await pay.createOrder(order);
  await pay.settle(order.outTradeNo, 'SUCCESS');
  const tampered = { ...delivered[0], body: delivered[0].body.replace('"TRANSACTION.SUCCESS"', '"REFUND.SUCCESS"') };
  await expect(pay.verifyNotification(tampered)).resolves.toMatchObject({ ok: false, error: 'BAD_SIGNATURE' });
  clock.advance(301_000);
  await expect(pay.verifyNotification(delivered[0])).resolves.toMatchObject({ ok: false, error: 'STALE_TIMESTAMP' });
});

test('a failed or cancelled pay sheet leaves the order unpaid and notifies nobody, as WeChat Pay does; paying later still works', async () => {
  const { pay, delivered } = sandbox();
  await pay.createOrder(order);
  await expect(pay.settle(order.outTradeNo, 'CANCEL')).resolves.toEqual({ tradeState: 'NOTPAY', notified: false });
  await expect(pay.settle(order.outTradeNo, 'FAIL')).resolves.toEqual({ tradeState: 'NOTPAY', notified: false });
  expect(delivered).toHaveLength(0);
  await expect(pay.settle(order.outTradeNo, 'SUCCESS')).resolves.toMatchObject({ notified: true });
});

test('closing: an unpaid order closes and can no longer be paid; a paid one answers ORDER_PAID; an expired one closes itself', async () => {
  const { pay, clock } = sandbox();
  await pay.createOrder(order);
  await pay.closeOrder(order.outTradeNo);
  await expect(pay.settle(order.outTradeNo, 'SUCCESS')).rejects.toMatchObject({ kind: 'ORDER_CLOSED' });
  await pay.createOrder({ ...order, outTradeNo: 'IC2026112100002' });
  await pay.settle('IC2026112100002', 'SUCCESS');
  await expect(pay.closeOrder('IC2026112100002')).rejects.toMatchObject({ kind: 'ORDER_PAID' });
  await pay.createOrder({ ...order, outTradeNo: 'IC2026112100003' });
  clock.set(Date.parse('2026-11-21T10:30:01+08:00'));
  await expect(pay.queryOrder('IC2026112100003')).resolves.toMatchObject({ tradeState: 'CLOSED' });
  await expect(pay.queryOrder('nope')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
});

describe('refunds', () => {
  async function paid() {
    const s = sandbox();
    await s.pay.createOrder(order);
    await s.pay.settle(order.outTradeNo, 'SUCCESS');
    s.delivered.length = 0;
    return s;
  }
  const refund = {
    outTradeNo: order.outTradeNo,
    outRefundNo: 'IC2026112100001R1',
    refundFen: 1800,
    totalFen: 1800,
    reason: '拦截失败退款',
  };

  test('a refund is processing until settled, then notified like WeChat Pay; the same number never refunds twice', async () => {
    const { pay, delivered } = await paid();
    const first = await pay.refund(refund);
    expect(first).toMatchObject({ status: 'PROCESSING', refundFen: 1800 });
    await expect(pay.refund(refund)).resolves.toEqual(first);
    await expect(pay.settleRefund(refund.outRefundNo, 'SUCCESS')).resolves.toMatchObject({
      status: 'SUCCESS',
      successTime: '2026-11-21T10:00:00+08:00',
    });
    const verdict = await pay.verifyNotification(delivered[0]);
    expect(verdict.ok && verdict.notification).toMatchObject({
      kind: 'REFUND',
      eventType: 'REFUND.SUCCESS',
      refund: { outRefundNo: 'IC2026112100001R1', status: 'SUCCESS' },
    });
    await expect(pay.refund({ ...refund, outRefundNo: 'IC2026112100001R2' })).rejects.toMatchObject({
      kind: 'REJECTED',
      code: 'INVALID_REQUEST',
    });
    await expect(pay.queryOrder(order.outTradeNo)).resolves.toMatchObject({ tradeState: 'REFUND' });
  });

  test('an abnormal refund can still close; a closed refund frees the amount for a new refund number', async () => {
    const { pay, delivered } = await paid();
    await pay.refund(refund);
    await pay.settleRefund(refund.outRefundNo, 'ABNORMAL');
    await pay.settleRefund(refund.outRefundNo, 'CLOSED');
    expect(await Promise.all(delivered.map(async (n) => (await pay.verifyNotification(n)).ok))).toEqual([true, true]);
    expect(delivered.map((n) => JSON.parse(n.body).event_type)).toEqual(['REFUND.ABNORMAL', 'REFUND.CLOSED']);
    await expect(pay.settleRefund(refund.outRefundNo, 'SUCCESS')).rejects.toMatchObject({ kind: 'REJECTED' });
    await expect(pay.refund({ ...refund, outRefundNo: 'IC2026112100001R2' })).resolves.toMatchObject({ status: 'PROCESSING' });
  });

  test('nothing to refund on an unpaid order', async () => {
    const { pay } = sandbox();
    await pay.createOrder(order);
    await expect(pay.refund(refund)).rejects.toMatchObject({ kind: 'REJECTED', code: 'TRADE_ERROR' });
  });
});
