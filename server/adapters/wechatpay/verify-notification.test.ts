import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNotification, signedHeaders, type NotificationContent, type PlatformSigner } from '../local-pay/wechat-signer';
import { SqliteDocStore } from '../sqlite/sqlite-doc-store';
import { createNotificationLedger } from './notification-ledger';
import { encryptResource } from './resource-cipher';
import { platformKeys } from './signature';
import { verifyNotification } from './verify-notification';

const NOW = Date.parse('2026-11-21T10:00:00+08:00');
const API_V3_KEY = 'a'.repeat(16) + 'B'.repeat(16);
const KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000';
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

let platform: { privateKey: KeyObject; publicKey: KeyObject };
let stranger: { privateKey: KeyObject };
beforeAll(() => {
  platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
});

const pem = () => platform.publicKey.export({ type: 'spki', format: 'pem' }) as string;
const keys = () => platformKeys({ publicKeys: [{ id: KEY_ID, pem: pem() }] });

const paid: NotificationContent = {
  id: 'EV-2026112110000000001',
  createTime: '2026-11-21T10:00:00+08:00',
  eventType: 'TRANSACTION.SUCCESS',
  resource: {
    appid: 'wxd678efh567hg6787',
    mchid: '1230000109',
    out_trade_no: 'IC2026112100001',
    transaction_id: '4200000000202611210000000001',
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    success_time: '2026-11-21T09:59:58+08:00',
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: { total: 1800, payer_total: 1800, currency: 'CNY', payer_currency: 'CNY' },
  },
};

const signedAt = (ms: number, content = paid, signer: PlatformSigner = { privateKey: platform.privateKey, keyId: KEY_ID }) =>
  buildNotification(content, signer, API_V3_KEY, ms);

const check = (overrides: Partial<Parameters<typeof verifyNotification>[1]> = {}) => ({
  keys: keys(),
  apiV3Key: API_V3_KEY,
  nowMs: NOW,
  ...overrides,
});

test('a notification signed with the WeChat Pay public key (PUB_KEY_ID mode) is read', () => {
  const verdict = verifyNotification(signedAt(NOW), check());
  expect(verdict).toEqual({
    ok: true,
    notification: {
      id: 'EV-2026112110000000001',
      createTime: '2026-11-21T10:00:00+08:00',
      eventType: 'TRANSACTION.SUCCESS',
      kind: 'TRANSACTION',
      transaction: {
        outTradeNo: 'IC2026112100001',
        tradeState: 'SUCCESS',
        transactionId: '4200000000202611210000000001',
        amountFen: 1800,
        successTime: '2026-11-21T09:59:58+08:00',
        payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      },
    },
  });
});

test('platform-certificate mode: the certificate’s serial picks its key, in either case', () => {
  const fixtures = join(__dirname, 'fixtures');
  const byCert = platformKeys({ certificates: [readFileSync(join(fixtures, 'test-platform-cert.pem'), 'utf8')] });
  expect([...byCert.keys()]).toEqual([SERIAL]);
  const signer = { privateKey: readFileSync(join(fixtures, 'test-platform-key.pem'), 'utf8'), keyId: SERIAL.toLowerCase() };
  expect(verifyNotification(signedAt(NOW, paid, signer), check({ keys: byCert })).ok).toBe(true);
});

test('a refund notification is read as a refund', () => {
  const refund: NotificationContent = {
    id: 'EV-2026112110000000002',
    createTime: '2026-11-21T10:00:00+08:00',
    eventType: 'REFUND.SUCCESS',
    resource: {
      mchid: '1230000109',
      out_trade_no: 'IC2026112100001',
      transaction_id: '4200000000202611210000000001',
      out_refund_no: 'IC2026112100001R1',
      refund_id: '50000000382019052709732678859',
      refund_status: 'SUCCESS',
      success_time: '2026-11-21T09:59:59+08:00',
      user_received_account: '支付用户零钱',
      amount: { total: 1800, refund: 1800, payer_total: 1800, payer_refund: 1800 },
    },
  };
  const verdict = verifyNotification(signedAt(NOW, refund), check());
  expect(verdict.ok && verdict.notification).toMatchObject({
    kind: 'REFUND',
    refund: { outRefundNo: 'IC2026112100001R1', status: 'SUCCESS', refundFen: 1800 },
  });
});

describe('one named refusal per failure mode', () => {
  test.each(['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'])('missing header %s', (name) => {
    const raw = signedAt(NOW);
    delete raw.headers[name.toLowerCase()];
    expect(verifyNotification(raw, check())).toMatchObject({ ok: false, error: 'MISSING_HEADERS', reply: { status: 401 } });
  });

  test('a body already parsed by a framework cannot be verified', () => {
    const raw = signedAt(NOW);
    expect(verifyNotification({ ...raw, body: JSON.parse(raw.body) }, check())).toMatchObject({ ok: false, error: 'BODY_NOT_RAW' });
  });

  test('one changed byte in the body breaks the signature', () => {
    const raw = signedAt(NOW);
    expect(verifyNotification({ ...raw, body: raw.body.replace('encrypt-resource', 'encrypt-resourcE') }, check())).toMatchObject({
      ok: false,
      error: 'BAD_SIGNATURE',
    });
  });

  test('signed by someone else under our key id', () => {
    const forged = signedAt(NOW, paid, { privateKey: stranger.privateKey, keyId: KEY_ID });
    expect(verifyNotification(forged, check())).toMatchObject({ ok: false, error: 'BAD_SIGNATURE' });
  });

  test('WeChat’s signature probes are refused', () => {
    const raw = signedAt(NOW);
    raw.headers['wechatpay-signature'] = 'WECHATPAY/SIGNTEST/' + raw.headers['wechatpay-signature'];
    expect(verifyNotification(raw, check())).toMatchObject({ ok: false, error: 'SIGNATURE_PROBE' });
  });

  test.each([
    ['stale: signed 301 s ago', -301_000, 'STALE_TIMESTAMP'],
    ['future: signed 301 s ahead', 301_000, 'FUTURE_TIMESTAMP'],
  ])('%s', (_name, offset, error) => {
    expect(verifyNotification(signedAt(NOW + offset), check())).toMatchObject({ ok: false, error });
  });

  test('300 s either way is still fresh', () => {
    expect(verifyNotification(signedAt(NOW - 300_000), check()).ok).toBe(true);
    expect(verifyNotification(signedAt(NOW + 300_000), check()).ok).toBe(true);
  });

  test('a timestamp that is no number', () => {
    const raw = signedAt(NOW);
    raw.headers['wechatpay-timestamp'] = '2026-11-21';
    expect(verifyNotification(raw, check())).toMatchObject({ ok: false, error: 'BAD_TIMESTAMP' });
  });

  test('an unknown public key id and an unknown certificate serial are told apart', () => {
    const other = signedAt(NOW, paid, { privateKey: platform.privateKey, keyId: 'PUB_KEY_ID_0999' });
    expect(verifyNotification(other, check())).toMatchObject({ ok: false, error: 'UNKNOWN_PUBLIC_KEY_ID' });
    const cert = signedAt(NOW, paid, { privateKey: platform.privateKey, keyId: SERIAL });
    expect(verifyNotification(cert, check())).toMatchObject({ ok: false, error: 'UNKNOWN_SERIAL' });
  });

  test('a resource encrypted with another APIv3 key does not decrypt', () => {
    expect(verifyNotification(signedAt(NOW), check({ apiV3Key: 'z'.repeat(32) }))).toMatchObject({
      ok: false,
      error: 'DECRYPTION_FAILED',
      reply: { status: 401 },
    });
  });

  test('a well-signed body that is no notification', () => {
    const body = JSON.stringify({ id: 'EV-1', hello: 'world' });
    expect(verifyNotification({ headers: resignBody(body), body }, check())).toMatchObject({
      ok: false,
      error: 'MALFORMED_BODY',
      reply: { status: 400 },
    });
  });

  test('a resource that decrypts to something else than a transaction', () => {
    const odd = JSON.parse(signedAt(NOW).body);
    odd.resource.ciphertext = encryptResource('{"nothing":1}', API_V3_KEY, odd.resource.nonce, odd.resource.associated_data);
    const body = JSON.stringify(odd);
    expect(verifyNotification({ headers: resignBody(body), body }, check())).toMatchObject({ ok: false, error: 'MALFORMED_RESOURCE' });
  });
});

describe('replays are the caller’s to catch, by notification id', () => {
  test('the ledger answers FIRST once and REPLAY after, even for two deliveries at once', async () => {
    const ledger = createNotificationLedger(new SqliteDocStore(':memory:'));
    const [a, b] = await Promise.all([
      ledger.claim('EV-1', '2026-11-21T10:00:00+08:00'),
      ledger.claim('EV-1', '2026-11-21T10:00:01+08:00'),
    ]);
    expect([a, b].sort()).toEqual(['FIRST', 'REPLAY']);
    await expect(ledger.claim('EV-1', '2026-11-21T10:05:00+08:00')).resolves.toBe('REPLAY');
    await expect(ledger.claim('EV-2', '2026-11-21T10:05:00+08:00')).resolves.toBe('FIRST');
  });
});

/** Signs an arbitrary body the way WeChat Pay would. */
function resignBody(body: string) {
  return signedHeaders(body, { privateKey: platform.privateKey, keyId: KEY_ID }, NOW);
}
