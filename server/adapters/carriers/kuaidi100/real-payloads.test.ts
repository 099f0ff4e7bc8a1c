import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePayload } from '../../../../scripts/lib/cli-parse';
import { companyFromCom } from './companies';
import { verifyKuaidi100Push } from './push';

// Real Kuaidi100 answers quoted in public repositories (each fixture names its source).
const dir = join(__dirname, 'fixtures', 'real');
const fixture = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')).payload;
const nowMs = Date.parse('2026-11-22T10:00:00+08:00');
const parse = (payload: unknown) => parsePayload('kuaidi100', JSON.stringify(payload), nowMs);

test('regression: "单号不存在或者已经过期" (status 201, empty data) is NOT_FOUND, not a parcel in transit', () => {
  expect(parse(fixture('not-found-201.json'))).toEqual([{ error: { code: 'NOT_FOUND', message: expect.stringContaining('没有查到') } }]);
});

test('a maptrack answer with result:false next to its data is still the parcel: delivered, courier 方彪', () => {
  expect(parse(fixture('yto-maptrack-delivered.json'))).toMatchObject([
    { carrier: 'YTO', waybillNo: 'YT5555508965056', status: 'DELIVERED', courier: { name: '方彪', phone: '18521138021' } },
  ]);
});

test('regression: code 0 (在途) on every event does not hide that the courier is out delivering', () => {
  const [parcel] = parse(fixture('zto-out-for-delivery.json'));
  expect(parcel).toMatchObject({
    carrier: 'ZTO',
    status: 'OUT_FOR_DELIVERY',
    courier: { name: '侯鹏', phone: '13705819219' },
    events: expect.arrayContaining([expect.objectContaining({ time: '2018-08-05T17:24:24+08:00', status: 'COLLECTED' })]),
  });
});

test('a callback carries the same answer in lastResult', () => {
  expect(parse({ status: 'polling', message: '', lastResult: fixture('zto-out-for-delivery.json') })).toMatchObject([
    { status: 'OUT_FOR_DELIVERY' },
  ]);
  expect(parse({ status: 'abort', message: '3天查询无记录', lastResult: fixture('not-found-201.json') })).toMatchObject([
    { error: { code: 'NOT_FOUND' } },
  ]);
});

test('regression: a company outside our table (圆通快运) is a named other carrier, never refused', () => {
  expect(companyFromCom('yuantongkuaiyun')).toEqual({ carrier: 'YTOKY', name: '圆通快运' });
  expect(companyFromCom('somenewcarrier')).toEqual({ carrier: 'OTHER', name: 'somenewcarrier' });
  const payload = { ...fixture('zto-out-for-delivery.json'), com: 'yuantongkuaiyun' };
  expect(parse(payload)).toMatchObject([{ carrier: 'YTOKY', carrierName: '圆通快运', status: 'OUT_FOR_DELIVERY' }]);
});

test.each([
  // EMS: collected by 李辉 in 郑州, then left 郑州 for 周口: on its way.
  ['ems-left-origin.json', 'EMS 1143412762013', 'IN_TRANSIT', '-', 2, '2017-11-17T03:59:20+08:00'],
  // 申通: signed for at the front desk, delivered by 陈智强.
  ['sto-signed-at-front-desk.json', 'STO 3384743553914', 'DELIVERED', '陈智强/18126238802', 10, '2018-11-14T18:53:30+08:00'],
  // 韵达: the customer refused it at the door ("快件异常；备注：客户拒收").
  ['yd-refused.json', 'YD 6000015438109', 'EXCEPTION', '杨永锋/18623800208', 8, '2017-05-20T15:49:20+08:00'],
  // 邮政快递包裹: between 邮件处理中心s, no courier yet.
  ['yzpy-in-transit.json', 'YZPY 9862325358361', 'IN_TRANSIT', '-', 8, '2020-06-09T16:05:14+08:00'],
  // 圆通 resultv2 (statusCode 304): picked up at a 菜鸟驿站 with the code; 王东平 delivered it there.
  ['yto-resultv2-signed-at-station.json', 'YTO YT6247854916511', 'DELIVERED', '王东平/18521178673', 12, '2022-01-13T18:52:32+08:00'],
])('%s: %s is %s', (name, parcelNo, status, card, count, latest) => {
  const [carrier, waybillNo] = parcelNo.split(' ');
  const [person, phone] = card.split('/');
  const courier = card === '-' ? null : { name: person, phone };
  const [parcel] = parse(fixture(name));
  expect(parcel).toMatchObject({ carrier, waybillNo, status, courier });
  expect('events' in parcel && [parcel.events.length, parcel.events[0].time]).toEqual([count, latest]);
});

test('regression: an answer whose only event says "查无结果" (with state 3) is NOT_FOUND, not a delivery', () => {
  expect(parse(fixture('only-event-says-no-result.json'))).toEqual([
    { error: { code: 'NOT_FOUND', message: expect.stringContaining('没有查到') } },
  ]);
});

test('a real JD callback verifies with its sign and salt, and reads as signed for at a station by way of 薛兵', async () => {
  const { param, sign, salt } = JSON.parse(readFileSync(join(dir, 'callback-jd-signed-at-station.json'), 'utf8'));
  const keys = new Set<string>();
  const seen = { has: async (k: string) => keys.has(k), add: async (k: string) => void keys.add(k) };
  const rawBody = new URLSearchParams({ param, sign }).toString();
  await expect(verifyKuaidi100Push({ rawBody, salt, seen })).resolves.toMatchObject({
    ok: true,
    status: 'shutdown',
    trace: { carrier: 'JD', waybillNo: 'JD0076810060555' },
  });
  await expect(verifyKuaidi100Push({ rawBody, salt: 'another', seen })).resolves.toMatchObject({ ok: false, error: 'BAD_SIGNATURE' });
  expect(parse(JSON.parse(param))).toMatchObject([
    { carrier: 'JD', carrierName: '京东快递', status: 'DELIVERED', courier: { name: '薛兵', phone: '18740476340' } },
  ]);
});
