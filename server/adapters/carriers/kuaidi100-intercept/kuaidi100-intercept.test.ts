import { createHash } from 'node:crypto';
import type { InterceptOrder } from '../../../ports/carrier-intercept';
import { ManualClock } from '../../system/system-clock';
import { closeFormServers, startFormServer, type ScriptedAnswer, type SeenForm } from '../loopback-form-server.test-support';
import answers from './fixtures/intercept-answers.json';
import { createKuaidi100Intercept } from './client';

const creds = { key: 'testkey', secret: 'testsecret' };
const NOW = Date.parse('2026-11-21T10:00:00+08:00');

afterEach(closeFormServers);

/** A loopback Kuaidi100 that recomputes UPPER(MD5(param + t + key + secret)) and answers from a script. */
async function setup(answer: (req: SeenForm) => ScriptedAnswer, extra: { callbackUrl?: string } = {}) {
  const { baseUrl, seen } = await startFormServer((s) => {
    const expected = createHash('md5')
      .update(`${s.form.get('param')}${s.form.get('t')}${creds.key}${creds.secret}`)
      .digest('hex')
      .toUpperCase();
    return s.form.get('sign') === expected ? answer(s) : { body: JSON.stringify(answers.badSign) };
  });
  const intercept = createKuaidi100Intercept({
    ...creds,
    partners: { SF: { partnerId: '7551234567' }, ZTO: { partnerId: 'zto-account', partnerKey: 'zto-pass' } },
    ...extra,
    url: `${baseUrl}/label/order`,
    clock: new ManualClock(NOW),
    timeoutMs: 300,
  });
  return { intercept, seen, baseUrl };
}

const redirect: InterceptOrder = {
  carrier: 'SF',
  waybillNo: 'SF1234567890123',
  type: 'REDIRECT',
  newReceiver: { name: '李雷', phone: '13812345678', printAddr: '浙江省杭州市西湖区文三路 90 号' },
  reason: '收件地址填错',
  reference: 'ic-42',
};

test('a redirect: signed form POST to label/order with method=interceptOrder, the partner account and the new receiver', async () => {
  const { intercept, seen } = await setup(() => ({ body: JSON.stringify(answers.accepted) }));
  await intercept.submit(redirect);
  expect(seen[0]).toMatchObject({ method: 'POST', url: '/label/order', contentType: 'application/x-www-form-urlencoded' });
  expect(seen[0].form.get('method')).toBe('interceptOrder');
  expect(seen[0].form.get('key')).toBe('testkey');
  expect(seen[0].form.get('t')).toBe(String(NOW));
  expect(JSON.parse(seen[0].form.get('param')!)).toEqual({
    kuaidicom: 'shunfeng',
    kuaidinum: 'SF1234567890123',
    interceptType: 'MODIFY_ADDR',
    partnerId: '7551234567',
    reason: '收件地址填错',
    orderid: 'ic-42',
    recManInfo: { name: '李雷', mobile: '13812345678', printAddr: '浙江省杭州市西湖区文三路 90 号' },
  });
});

test('accepted: the outcome follows later, by callback', async () => {
  const { intercept } = await setup(() => ({ body: JSON.stringify(answers.accepted) }));
  await expect(intercept.submit(redirect)).resolves.toEqual({ taskId: null, outcomeLater: true });
});

test.each([
  ['a refusal from the carrier is REJECTED', () => ({ body: JSON.stringify(answers.refused) }), 'REJECTED'],
  ['a busy server is UNAVAILABLE', () => ({ body: JSON.stringify(answers.busy) }), 'UNAVAILABLE'],
  ['HTTP 502 is UNAVAILABLE', () => ({ status: 502, body: 'bad gateway' }), 'UNAVAILABLE'],
  ['garbage is UNAVAILABLE', () => ({ body: '<html>oops</html>' }), 'UNAVAILABLE'],
  ['silence past the timeout is UNAVAILABLE', () => 'hang' as const, 'UNAVAILABLE'],
])('%s', async (_name, answer, kind) => {
  const { intercept } = await setup(answer);
  await expect(intercept.submit(redirect)).rejects.toMatchObject({ kind });
});

test('a wrong secret is AUTH', async () => {
  const { seen, baseUrl } = await setup(() => ({ body: JSON.stringify(answers.accepted) }));
  const wrong = createKuaidi100Intercept({
    key: 'testkey',
    secret: 'not-it',
    partners: { SF: { partnerId: '1' } },
    url: `${baseUrl}/label/order`,
    clock: new ManualClock(NOW),
  });
  await expect(wrong.submit(redirect)).rejects.toMatchObject({ kind: 'AUTH' });
  expect(seen).toHaveLength(1);
});

test('what goes to staff instead: holds, carriers without an account, ZTO without a callback URL', async () => {
  const { intercept, seen } = await setup(() => ({ body: JSON.stringify(answers.accepted) }));
  expect(intercept.supports('SF', 'RETURN')).toBe(true);
  expect(intercept.supports('SF', 'HOLD')).toBe(false);
  expect(intercept.supports('YD', 'RETURN')).toBe(false);
  expect(intercept.supports('ZTO', 'RETURN')).toBe(false);
  await expect(intercept.submit({ ...redirect, type: 'HOLD' })).rejects.toMatchObject({ kind: 'NOT_SUPPORTED' });
  expect(seen).toHaveLength(0);
  const withCallback = await setup(() => ({ body: JSON.stringify(answers.accepted) }), {
    callbackUrl: 'https://example.com/intercept-callback',
  });
  expect(withCallback.intercept.supports('ZTO', 'RETURN')).toBe(true);
  await withCallback.intercept.submit({
    carrier: 'ZTO',
    waybillNo: '73190553102532',
    type: 'RETURN',
    reason: '不要了',
    reference: 'ic-43',
  });
  expect(JSON.parse(withCallback.seen[0].form.get('param')!)).toMatchObject({
    kuaidicom: 'zhongtong',
    interceptType: 'RETURN_SEND_ADDR',
    partnerId: 'zto-account',
    partnerKey: 'zto-pass',
    callbackUrl: 'https://example.com/intercept-callback',
  });
});
