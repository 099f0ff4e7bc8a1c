import { generateKeyPairSync } from 'node:crypto';
import { ManualClock } from './system/system-clock';
import { startFakeWechatPay } from './wechatpay/fake-wechatpay.test-support';
import { pemFromEnv, wechatPayFromEnv } from './payments.factory';

const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
const KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000';
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: typeof merchant.privateKey | typeof merchant.publicKey, type: 'pkcs8' | 'spki') =>
  k.export({ type, format: 'pem' }) as string;

/** What an operator sets: the merchant key on one line with \n escapes, the WeChat Pay public key as its bare base64 body. */
const ENV = {
  WECHATPAY_APPID: 'wxd678efh567hg6787',
  WECHATPAY_MCHID: '1230000109',
  WECHATPAY_MERCHANT_SERIAL_NO: '3775B6A45ACD588826D15E583A95F5DD00000000',
  WECHATPAY_PRIVATE_KEY: pem(merchant.privateKey, 'pkcs8').replace(/\n/g, '\\n'),
  WECHATPAY_APIV3_KEY: 'k'.repeat(32),
  WECHATPAY_PUBLIC_KEY_ID: KEY_ID,
  WECHATPAY_PUBLIC_KEY: pem(platform.publicKey, 'spki').replace(/-----[^-]+-----|\n/g, ''),
  WECHATPAY_NOTIFY_URL: 'https://pay.example.com/pay-notify',
};

describe('WeChat Pay from the environment', () => {
  test('no WeChat Pay variable: none (the local pay sandbox or, in the cloud, no intercepts)', () => {
    expect(wechatPayFromEnv({}, clock)).toBeNull();
  });

  test('half a configuration stops the start and names what is missing', () => {
    expect(() => wechatPayFromEnv({ WECHATPAY_MCHID: '1230000109' }, clock)).toThrow(
      'WeChat Pay is half configured: set WECHATPAY_APPID, WECHATPAY_MERCHANT_SERIAL_NO, WECHATPAY_PRIVATE_KEY, WECHATPAY_APIV3_KEY, WECHATPAY_NOTIFY_URL, WECHATPAY_PUBLIC_KEY_ID + WECHATPAY_PUBLIC_KEY or WECHATPAY_PLATFORM_CERT',
    );
    expect(() => wechatPayFromEnv({ ...ENV, WECHATPAY_APIV3_KEY: 'short' }, clock)).toThrow('32-character');
    expect(() => wechatPayFromEnv({ ...ENV, WECHATPAY_NOTIFY_URL: 'http://pay.example.com/n' }, clock)).toThrow('https');
  });

  test('a full configuration signs orders WeChat Pay accepts and reads its signed answers', async () => {
    const fake = await startFakeWechatPay({
      merchantPublicKey: merchant.publicKey,
      mchid: ENV.WECHATPAY_MCHID,
      signer: { privateKey: platform.privateKey, keyId: KEY_ID },
      clock,
    });
    try {
      const pay = wechatPayFromEnv({ ...ENV, WECHATPAY_BASE_URL: fake.baseUrl }, clock)!;
      expect(pay.source).toBe('wechatpay');
      const order = await pay.createOrder({
        outTradeNo: 'ICtest000001',
        description: '包裹管家-改址-YT7530129834561',
        amountFen: 2300,
        payerOpenid: 'o_alice',
        expiresAt: '2026-11-22T10:15:00+08:00',
      });
      expect(fake.seen[0]).toMatchObject({ path: '/v3/pay/transactions/jsapi', signatureValid: true });
      expect(order.payment).toMatchObject({ package: 'prepay_id=wx21ICtest000001', signType: 'RSA' });
      await expect(pay.queryOrder('ICtest000001')).resolves.toMatchObject({ tradeState: 'NOTPAY' });
    } finally {
      await fake.close();
    }
  });

  test('keys as PEM, as PEM on one line, or as a bare body all read the same', () => {
    const text = pem(platform.publicKey, 'spki');
    expect(pemFromEnv(text, 'PUBLIC KEY')).toBe(text);
    expect(pemFromEnv(text.replace(/\n/g, '\\n'), 'PUBLIC KEY')).toBe(text);
    expect(pemFromEnv(ENV.WECHATPAY_PUBLIC_KEY, 'PUBLIC KEY')).toBe(text);
  });
});
