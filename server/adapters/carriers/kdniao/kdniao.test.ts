import { createHash } from 'node:crypto';
import { closeFormServers, startFormServer, type ScriptedAnswer } from '../loopback-form-server.test-support';
import errors from './fixtures/query-errors.json';
import noTrace from './fixtures/query-no-trace.json';
import success from './fixtures/query-success.json';
import recognized from './fixtures/recognize-success.json';
import { createKdniaoGateway } from './client';
import { dataSign, formBody } from './request';

const creds = { ebusinessId: '1237100', appKey: 'test-appkey-0000' };

/** A loopback KDNiao: checks the signature itself (MD5 → hex → Base64) and answers from a script. */
async function setup(answer: (form: URLSearchParams) => ScriptedAnswer) {
  const { baseUrl: base, seen } = await startFormServer(({ form }) => {
    const md5hex = createHash('md5')
      .update(`${form.get('RequestData')}${creds.appKey}`)
      .digest('hex');
    if (form.get('DataSign') !== Buffer.from(md5hex).toString('base64')) return { body: JSON.stringify(errors.badSign) };
    return answer(form);
  });
  const gateway = createKdniaoGateway({
    ...creds,
    queryUrl: `${base}/Ebusiness/EbusinessOrderHandle.aspx`,
    subscribeUrl: `${base}/api/dist`,
    timeoutMs: 300,
  });
  return { gateway, seen, base };
}

afterEach(closeFormServers);

test('DataSign, worked by hand: MD5 hex of data + key, Base64 of that hex, URL-encoded in the form (docs/reference/carriers.md §1.3)', () => {
  const data = '{"OrderCode":"","ShipperCode":"ZTO","LogisticCode":"73190553102532"}';
  expect(createHash('md5').update(`${data}test-appkey-0000`).digest('hex')).toBe('544e3392d8a63dbe2b66554a8cce8b73');
  expect(dataSign(data, 'test-appkey-0000')).toBe('NTQ0ZTMzOTJkOGE2M2RiZTJiNjY1NTRhOGNjZThiNzM=');
  expect(formBody('1002', JSON.parse(data), creds)).toContain('DataSign=NTQ0ZTMzOTJkOGE2M2RiZTJiNjY1NTRhOGNjZThiNzM%3D');
});

test('query: the request is a signed form POST of RequestType 1002 with ShipperCode, LogisticCode and the phone tail', async () => {
  const { gateway, seen } = await setup(() => ({ body: JSON.stringify(success) }));
  await gateway.query({ carrier: 'ZTO', waybillNo: '73190553102532', phoneTail: '4974' });
  expect(seen[0]).toMatchObject({
    method: 'POST',
    url: '/Ebusiness/EbusinessOrderHandle.aspx',
    contentType: 'application/x-www-form-urlencoded;charset=utf-8',
  });
  expect(Object.fromEntries(seen[0].form)).toMatchObject({ EBusinessID: '1237100', RequestType: '1002', DataType: '2' });
  expect(JSON.parse(seen[0].form.get('RequestData')!)).toEqual({
    OrderCode: '',
    ShipperCode: 'ZTO',
    LogisticCode: '73190553102532',
    CustomerName: '4974',
  });
});

test('query: a success answer becomes events oldest first, in +08:00, with codes mapped, the courier and the ETA', async () => {
  const { gateway } = await setup(() => ({ body: JSON.stringify(success) }));
  const trace = await gateway.query({ carrier: 'ZTO', waybillNo: '73190553102532', phoneTail: '4974' });
  expect(trace.events.map((e) => [e.time, e.code, e.mapped?.status, e.city])).toEqual([
    ['2026-11-20T10:01:00+08:00', '1', 'COLLECTED', '广州市'],
    ['2026-11-21T06:40:00+08:00', '201', 'ARRIVED_DEST_CITY', '苏州市'],
    ['2026-11-21T09:12:03+08:00', '202', 'OUT_FOR_DELIVERY', '苏州市'],
  ]);
  expect(trace.state).toEqual({ code: '202', mapped: { status: 'OUT_FOR_DELIVERY', reason: null } });
  expect(trace.courier).toEqual({ name: '王翔', phone: '13776284974' });
  expect(trace.eta).toEqual({ from: '2026-11-22T00:00:00+08:00', to: '2026-11-22T23:59:59+08:00' });
});

test('query: no trace yet is an empty trace, not an error', async () => {
  const { gateway } = await setup(() => ({ body: JSON.stringify(noTrace) }));
  await expect(gateway.query({ carrier: 'YTO', waybillNo: 'YT7530129834567' })).resolves.toMatchObject({
    events: [],
    state: { code: '0' },
  });
});

test.each([
  ['needsTail', 'NEEDS_PHONE_TAIL', undefined],
  ['needsTail', 'WRONG_PHONE_TAIL', '1234'],
  ['tooMany', 'RATE_LIMITED', undefined],
  ['badNumber', 'INVALID_NUMBER', undefined],
])('query: the %s answer is a %s error', async (fixture, kind, phoneTail) => {
  const { gateway } = await setup(() => ({ body: JSON.stringify(errors[fixture as keyof typeof errors]) }));
  await expect(gateway.query({ carrier: 'SF', waybillNo: 'SF1234567890123', phoneTail })).rejects.toMatchObject({ kind });
});

test('query: a wrong key is an AUTH error (the loopback rejects our signature)', async () => {
  const { base } = await setup(() => ({ body: JSON.stringify(success) }));
  const wrongKey = createKdniaoGateway({
    ...creds,
    appKey: 'wrong',
    queryUrl: `${base}/Ebusiness/EbusinessOrderHandle.aspx`,
    subscribeUrl: `${base}/api/dist`,
  });
  await expect(wrongKey.query({ carrier: 'ZTO', waybillNo: '73190553102532' })).rejects.toMatchObject({ kind: 'AUTH' });
});

test.each([
  ['HTTP 500', () => ({ status: 500, body: 'oops' })],
  ['garbage', () => ({ body: '<html>502 Bad Gateway</html>' })],
  ['a wrong shape', () => ({ body: '{"Traces":"no"}' })],
  ['silence past the timeout', () => 'hang' as const],
])('query: %s is UNAVAILABLE', async (_name, answer) => {
  const { gateway } = await setup(answer);
  await expect(gateway.query({ carrier: 'YTO', waybillNo: 'YT7530129834567' })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
});

test('recognize: RequestType 2002 with the number, answered as ranked candidates with our names', async () => {
  const { gateway, seen } = await setup(() => ({ body: JSON.stringify(recognized) }));
  await expect(gateway.recognize('432012345678901')).resolves.toEqual([
    { carrier: 'YD', name: '韵达快递', confidence: 0.9 },
    { carrier: 'STO', name: '申通快递', confidence: 0.6 },
  ]);
  expect(seen[0].form.get('RequestType')).toBe('2002');
  expect(JSON.parse(seen[0].form.get('RequestData')!)).toEqual({ LogisticCode: '432012345678901' });
});

test('subscribe: RequestType 8008 to the subscription URL with our callback; failures are typed', async () => {
  let reply = { Success: true, EBusinessID: '1237100', UpdateTime: '2026-11-22 10:00:00', EstimatedDeliveryTime: '2026-11-24' };
  const { gateway, seen } = await setup(() => ({ body: JSON.stringify(reply) }));
  await expect(gateway.subscribe({ carrier: 'YTO', waybillNo: 'YT7530129834567' }, 'https://example.com/push')).resolves.toEqual({
    eta: { from: '2026-11-24T00:00:00+08:00', to: '2026-11-24T23:59:59+08:00' },
  });
  expect(seen[0].url).toBe('/api/dist');
  expect(seen[0].form.get('RequestType')).toBe('8008');
  expect(JSON.parse(seen[0].form.get('RequestData')!)).toMatchObject({
    ShipperCode: 'YTO',
    LogisticCode: 'YT7530129834567',
    Callback: 'https://example.com/push',
  });
  reply = { ...errors.tooMany, EBusinessID: '', UpdateTime: '', EstimatedDeliveryTime: '' } as never;
  await expect(gateway.subscribe({ carrier: 'YTO', waybillNo: 'YT7530129834567' }, 'https://example.com/push')).rejects.toMatchObject({
    kind: 'RATE_LIMITED',
  });
});
