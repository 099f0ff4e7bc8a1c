import { createHash } from 'node:crypto';
import { ManualClock } from '../../system/system-clock';
import { closeFormServers, startFormServer, type ScriptedAnswer, type SeenForm } from '../loopback-form-server.test-support';
import errors from './fixtures/errors.json';
import success from './fixtures/query-success.json';
import { createKuaidi100Gateway } from './client';
import { querySign } from './request';

const creds = { customer: 'TESTCUSTOMER', key: 'testkey' };

afterEach(closeFormServers);

/** A loopback Kuaidi100 that recomputes the query sign itself and answers from a script. */
async function setup(answer: (req: SeenForm) => ScriptedAnswer, clock = new ManualClock(0)) {
  const { baseUrl: base, seen } = await startFormServer((s) => {
    if (s.url.startsWith('/poll/query.do')) {
      const expected = createHash('md5')
        .update(`${s.form.get('param')}${creds.key}${creds.customer}`)
        .digest('hex')
        .toUpperCase();
      if (s.form.get('sign') !== expected) return { body: JSON.stringify(errors.badSign) };
    }
    return answer(s);
  });
  const gateway = createKuaidi100Gateway({
    ...creds,
    queryUrl: `${base}/poll/query.do`,
    pollUrl: `${base}/poll`,
    autonumberUrl: `${base}/autonumber/auto`,
    clock,
    timeoutMs: 300,
    callbackSalt: 's4lt',
  });
  return { gateway, seen, base, clock };
}

test('query sign, worked by hand: UPPER(MD5(param + key + customer)) (docs/reference/carriers.md §2.1)', () => {
  const param = '{"com":"zhongtong","num":"73190553102532","phone":"","resultv2":"4"}';
  expect(querySign(param, 'testkey', 'TESTCUSTOMER')).toBe('C6FFF215167B67F41FF95C4546DCA4E2');
});

test('query: a signed form POST to poll/query.do with com, num, phone and resultv2', async () => {
  const { gateway, seen } = await setup(() => ({ body: JSON.stringify(success) }));
  await gateway.query({ carrier: 'ZTO', waybillNo: '73190553102532', phoneTail: '4974' });
  expect(seen[0]).toMatchObject({ method: 'POST', url: '/poll/query.do', contentType: 'application/x-www-form-urlencoded' });
  expect(seen[0].form.get('customer')).toBe('TESTCUSTOMER');
  expect(JSON.parse(seen[0].form.get('param')!)).toEqual({ com: 'zhongtong', num: '73190553102532', phone: '4974', resultv2: '8' });
});

test('query: the newest-first answer becomes events oldest first, in +08:00, with sub-states, cities and the arrival hour', async () => {
  const { gateway } = await setup(() => ({ body: JSON.stringify(success) }));
  const trace = await gateway.query({ carrier: 'ZTO', waybillNo: '73190553102532', phoneTail: '4974' });
  expect(trace.events.map((e) => [e.time, e.code, e.mapped?.status, e.city])).toEqual([
    ['2026-11-20T10:01:00+08:00', '1', 'COLLECTED', '广州市'],
    ['2026-11-21T06:40:00+08:00', '1001', 'ARRIVED_DEST_CITY', '苏州市'],
    ['2026-11-21T09:12:03+08:00', '5', 'OUT_FOR_DELIVERY', '苏州市'],
  ]);
  expect(trace).toMatchObject({
    carrier: 'ZTO',
    source: 'kuaidi100',
    state: { code: '5' },
    eta: { from: '2026-11-21T18:00:00+08:00', to: '2026-11-21T18:59:59+08:00' },
  });
});

test.each([
  ['phoneCheck', undefined, 'NEEDS_PHONE_TAIL'],
  ['phoneCheck', '1234', 'WRONG_PHONE_TAIL'],
  ['noResult', undefined, 'NOT_FOUND'],
  ['locked', undefined, 'RATE_LIMITED'],
  ['keyExpired', undefined, 'AUTH'],
])('query: %s (phone %s) is a %s error', async (fixture, phoneTail, kind) => {
  const { gateway } = await setup(() => ({ body: JSON.stringify(errors[fixture as keyof typeof errors]) }));
  await expect(gateway.query({ carrier: 'ZTO', waybillNo: '73190553102532', phoneTail })).rejects.toMatchObject({ kind });
});

test.each([
  ['HTTP 500', () => ({ status: 500, body: 'oops' })],
  ['garbage', () => ({ body: '<html>bad gateway</html>' })],
  ['silence past the timeout', () => 'hang' as const],
])('query: %s is UNAVAILABLE', async (_n, answer) => {
  const { gateway } = await setup(answer);
  await expect(gateway.query({ carrier: 'YTO', waybillNo: 'YT7530129834567' })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
});

test('one number is asked at most once per 30 minutes (Kuaidi100 locks numbers queried more often)', async () => {
  const { gateway, seen, clock } = await setup(() => ({ body: JSON.stringify(success) }));
  const q = { carrier: 'ZTO', waybillNo: '73190553102532', phoneTail: '4974' };
  await gateway.query(q);
  clock.advance(29 * 60_000);
  await gateway.query(q);
  expect(seen).toHaveLength(1);
  clock.advance(60_000);
  await gateway.query(q);
  expect(seen).toHaveLength(2);
});

test('subscribe: /poll with schema=json, our callback, salt and resultv2; 501 (already subscribed) is fine; 701 is typed', async () => {
  let reply = { result: true, returnCode: '200', message: '提交成功' };
  const { gateway, seen } = await setup(() => ({ body: JSON.stringify(reply) }));
  await gateway.subscribe({ carrier: 'YTO', waybillNo: 'YT7530129834567' }, 'http://example.com/push');
  expect(seen[0]).toMatchObject({ method: 'POST', url: '/poll' });
  expect(seen[0].form.get('schema')).toBe('json');
  expect(JSON.parse(seen[0].form.get('param')!)).toEqual({
    company: 'yuantong',
    number: 'YT7530129834567',
    key: 'testkey',
    parameters: { callbackurl: 'http://example.com/push', salt: 's4lt', resultv2: '4' },
  });
  reply = { result: false, returnCode: '501', message: '重复订阅' };
  await expect(gateway.subscribe({ carrier: 'YTO', waybillNo: 'YT7530129834567' }, 'http://example.com/push')).resolves.toBeUndefined();
  reply = { result: false, returnCode: '701', message: '拒绝订阅的快递公司' };
  await expect(gateway.subscribe({ carrier: 'YTO', waybillNo: 'YT7530129834567' }, 'http://example.com/push')).rejects.toMatchObject({
    kind: 'NOT_FOUND',
  });
});

test('autonumber: GET with num and key; answered as our carriers in order, unknown companies dropped; 201 is an invalid number', async () => {
  let body = JSON.stringify([
    { lengthPre: 15, comCode: 'yunda', name: '韵达快递' },
    { lengthPre: 15, comCode: 'someunknown', name: '?' },
    { lengthPre: 15, comCode: 'shentong', name: '申通快递' },
  ]);
  const { gateway, seen } = await setup(() => ({ body }));
  await expect(gateway.recognize('432012345678901')).resolves.toEqual([
    { carrier: 'YD', name: '韵达快递', confidence: 0.9 },
    { carrier: 'STO', name: '申通快递', confidence: 0.6 },
  ]);
  expect(seen[0]).toMatchObject({ method: 'GET', url: '/autonumber/auto?num=432012345678901&key=testkey' });
  body = JSON.stringify({ returnCode: '201', message: '不是有效的快递单号' });
  await expect(gateway.recognize('1')).rejects.toMatchObject({ kind: 'INVALID_NUMBER' });
});
