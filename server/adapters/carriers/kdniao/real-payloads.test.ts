import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePayload } from '../../../../scripts/lib/cli-parse';
import { normalizeTrace } from '../../../domain/tracking/normalize-trace';
import { trackToTrace } from './map-response';

// Real KDNiao answers and a push quoted in public repositories (each fixture names its source);
// the expected parcel is what a person reads from the trace.
const dir = join(__dirname, 'fixtures', 'real');
const fixture = (name: string) => JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8')).payload);
const nowMs = Date.parse('2026-11-22T10:00:00+08:00');
const parse = (name: string) => parsePayload('kdniao', fixture(name), nowMs);

test('every real fixture names its public source', () => {
  for (const name of readdirSync(dir)) expect(JSON.parse(readFileSync(join(dir, name), 'utf8'))._source).toMatch(/^[\w.-]+\/[\w.-]+ \S+/);
});

test.each([
  [
    'htky-delivered.json',
    'HTKY',
    '557020683421114',
    'DELIVERED',
    10,
    { name: '谢书平', phone: '15220240208' },
    '2020-08-24T16:12:43+08:00',
  ],
  [
    'hhtt-picked-up-at-station.json',
    'HHTT',
    '667771430898',
    'DELIVERED',
    13,
    { name: '陈清重', phone: '13386408369' },
    '2017-08-06T19:01:52+08:00',
  ],
  [
    'yd-out-for-delivery-then-signed.json',
    'YD',
    '3999043346251',
    'DELIVERED',
    11,
    { name: '颜烈彬', phone: '13822143644' },
    '2017-06-05T21:18:20+08:00',
  ],
  [
    'htky-locker-then-picked-up.json',
    'HTKY',
    '71780507241867',
    'DELIVERED',
    9,
    { name: '李培森', phone: '13676908485' },
    '2019-10-15T09:08:48+08:00',
  ],
  [
    'htky-out-for-delivery.json',
    'HTKY',
    '70442548119300',
    'OUT_FOR_DELIVERY',
    8,
    { name: '卢锋', phone: '13127670368' },
    '2018-05-27T18:53:48+08:00',
  ],
  [
    'htky-reason-says-no-trace-but-has-traces.json',
    'HTKY',
    '51342368808542',
    'DELIVERED',
    6,
    { name: '陈涛', phone: '18603911982' },
    '2018-12-06T18:00:43+08:00',
  ],
  [
    'yto-station-then-picked-up.json',
    'YTO',
    'M00035484779',
    'DELIVERED',
    14,
    { name: '赵光亮', phone: '18538593990' },
    '2018-12-01T11:43:11+08:00',
  ],
  ['yd-signed-by-proxy.json', 'YD', '7700046365395', 'DELIVERED', 8, { name: '任洁玲', phone: '15002853500' }, '2018-03-15T13:12:53+08:00'],
])('%s: %s %s is %s', (name, carrier, waybillNo, status, count, courier, latest) => {
  const [parcel] = parse(name);
  expect(parcel).toMatchObject({ carrier, waybillNo, status, courier });
  if ('error' in parcel) throw new Error('parsed as an error');
  expect(parcel.events).toHaveLength(count);
  expect(parcel.events[0].time).toBe(latest);
});

// Later real fixtures; the courier as "name/phone" ("-" for a missing part).
const courierOf = (card: string) => {
  const [name, phone] = card.split('/').map((part) => (part === '-' ? null : part));
  return { name, phone };
};

test.each([
  // 申通: left at a 速递易 locker, then picked up with the code; the courier gave only his number.
  ['sto-locker-then-signed.json', 'STO 773036187850410', 'DELIVERED', 15, '-/13003470518', '2020-05-15T17:08:13+08:00'],
  // EMS: signed for by someone else (a shop), delivered by 韩方朋.
  ['ems-signed-by-other.json', 'EMS 1199965242414', 'DELIVERED', 7, '韩方朋/18519363520', '2018-05-22T12:49:50+08:00'],
  // 优速: "签收人是【图片】" is still a signature; the courier's desk number is the one to call.
  ['uc-signed-photo.json', 'UC 518336682846', 'DELIVERED', 7, '刘军军/020-38271969', '2016-11-28T14:51:15+08:00'],
  // KDNiao's documented example: times with slashes and traces out of order still give the last step.
  ['sf-doc-example-unsorted.json', 'SF 118461988807', 'DELIVERED', 7, '邓裕富/18718866310', '2014-06-25T10:23:03+08:00'],
])('%s: %s is %s', (name, parcelNo, status, count, card, latest) => {
  const [carrier, waybillNo] = parcelNo.split(' ');
  const [parcel] = parse(name);
  expect(parcel).toMatchObject({ carrier, waybillNo, status, courier: courierOf(card) });
  expect('events' in parcel && [parcel.events.length, parcel.events[0].time]).toEqual([count, latest]);
});

test('a push carries two parcels: one arrived in the destination city, one still in transit', () => {
  expect(parse('push-two-parcels.json')).toMatchObject([
    { carrier: 'YD', waybillNo: '3909171490081', status: 'ARRIVED_DEST_CITY', events: expect.any(Array) },
    { carrier: 'EMS', waybillNo: '3909171490921', status: 'IN_TRANSIT' },
  ]);
});

test('the locker step of a picked-up parcel keeps its station in the timeline; a delivered parcel has no pickup card', () => {
  const [parcel] = parse('htky-locker-then-picked-up.json');
  if ('error' in parcel) throw new Error('parsed as an error');
  expect(parcel.pickup).toBeNull();
  expect(parcel.events[1].status).toBe('AWAITING_PICKUP');
});

test('a receiver’s mobile in a courier’s line stays masked, the courier’s own number stays callable', () => {
  const [parcel] = parse('htky-delivered.json');
  if ('error' in parcel) throw new Error('parsed as an error');
  expect(parcel.events[1].text).toContain('15220240208');
  expect(parcel.events[1].text).toContain('181******89');
});

test('a 101 push of two EMS parcels: one out for delivery with 安长虹, one still on its way to 保定', () => {
  const [first, second] = parse('push-two-ems-parcels.json');
  expect(first).toMatchObject({
    carrier: 'EMS',
    waybillNo: '5042260908504',
    status: 'OUT_FOR_DELIVERY',
    courier: { name: '安长虹', phone: '18047140142' },
  });
  expect(second).toMatchObject({ carrier: 'EMS', waybillNo: '5042260943004', status: 'IN_TRANSIT', courier: null });
  if ('error' in second) throw new Error('parsed as an error');
  expect(second.events[0]).toMatchObject({ time: '2015-03-11T08:55:00+08:00', text: '离开廊坊市 发往保定市（经转）' });
});

test('京东 traces with their per-trace Action codes: signed by 黄天生; "揽收任务已分配给刘欢" is only assigned (code 10)', () => {
  const { traces } = JSON.parse(readFileSync(join(dir, 'jd-traces-with-action.json'), 'utf8'));
  const parcel = normalizeTrace(trackToTrace({ Success: true, Traces: traces }, { carrier: 'JD', waybillNo: '-' }));
  expect(parcel).toMatchObject({ status: 'DELIVERED', courier: { name: '黄天生', phone: '16603024895' } });
  expect(parcel.events).toHaveLength(26);
  expect(parcel.events.at(-1)).toMatchObject({ status: 'PENDING', rawCode: '10' });
  expect(parcel.collectedAtMs).toBe(Date.parse('2025-04-09T22:16:14+08:00'));
  expect(parcel.deliveredAtMs).toBe(Date.parse('2025-04-12T14:23:11+08:00'));
});
