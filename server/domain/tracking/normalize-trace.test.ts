import type { CarrierTrace } from '../../ports/carrier-gateway';
import { computeAlerts } from './parcel-alerts';
import { normalizeTrace } from './normalize-trace';

const trace = (events: CarrierTrace['events'], extra: Partial<CarrierTrace> = {}): CarrierTrace => ({
  carrier: 'ZTO',
  waybillNo: '73190553102532',
  source: 'test',
  events,
  ...extra,
});

test('events come out newest first with status, city, courier and masked receiver phones', () => {
  const n = normalizeTrace(
    trace([
      { time: '2026-11-20T10:00:00+08:00', text: '【广州市】广东广州白云区公司 已揽收' },
      { time: '2026-11-21T08:00:00+08:00', text: '【苏州市】快件已到达【苏州工业园区营业部】' },
      { time: '2026-11-21T09:00:00+08:00', text: '【苏州市】快递员 王翔（13776284974）正在为您派件，收件人电话13912345678' },
    ]),
  );
  expect(n.status).toBe('OUT_FOR_DELIVERY');
  expect(n.events.map((e) => e.status)).toEqual(['OUT_FOR_DELIVERY', 'ARRIVED_DEST_CITY', 'COLLECTED']);
  expect(n.events[0].text).toBe('【苏州市】快递员 王翔（13776284974）正在为您派件，收件人电话139******78');
  expect(n.courier).toEqual({ name: '王翔', phone: '13776284974' });
  expect([n.originCity, n.destCity]).toEqual(['广州', '苏州']);
  expect(n.collectedAtMs).toBe(Date.parse('2026-11-20T10:00:00+08:00'));
});

test('the carrier’s own code wins over the text; unknown codes fall back to the text', () => {
  const n = normalizeTrace(
    trace([
      { time: '2026-11-21T09:00:00+08:00', text: '快件已到达', code: '211', mapped: { status: 'AWAITING_PICKUP', reason: null } },
      { time: '2026-11-21T10:00:00+08:00', text: '您的快件已签收，签收人：本人', code: '999', mapped: { status: 'UNKNOWN', reason: null } },
    ]),
  );
  expect(n.events.map((e) => [e.status, e.rawCode])).toEqual([
    ['DELIVERED', '999'],
    ['AWAITING_PICKUP', '211'],
  ]);
});

test('a checkpoint sent twice, or re-sent with the city filled in, is one event (fython/PackageTracker#11, AfterShip/aftership-sdk-ios#4)', () => {
  const n = normalizeTrace(
    trace([
      { time: '2026-11-21T08:00:00+08:00', text: '快件已到达【苏州转运中心】' },
      { time: '2026-11-21T08:00:00+08:00', text: '【苏州市】快件已到达【苏州转运中心】' },
      { time: '2026-11-21T08:00:30+08:00', text: '【苏州市】快件已到达【苏州转运中心】' },
    ]),
  );
  expect(n.events.map((e) => e.text)).toEqual(['【苏州市】快件已到达【苏州转运中心】']);
});

test('the status follows the latest meaningful event: delivery after an exception is delivered', () => {
  const n = normalizeTrace(
    trace([
      { time: '2026-11-21T08:00:00+08:00', text: '【南京市】收件地址不详，正在联系收件人核实' },
      { time: '2026-11-21T12:00:00+08:00', text: '【南京市】您的快件已签收，签收人：本人' },
      { time: '2026-11-21T12:30:00+08:00', text: '系统维护中' },
    ]),
  );
  expect([n.status, n.reason]).toEqual(['DELIVERED', null]);
  expect(n.deliveredAtMs).toBe(Date.parse('2026-11-21T12:00:00+08:00'));
});

test('no trace yet is PENDING', () => {
  expect(normalizeTrace(trace([])).status).toBe('PENDING');
});

const at = (iso: string) => Date.parse(iso);
const ev = (time: string, status: 'IN_TRANSIT' | 'AWAITING_PICKUP' | 'ARRIVED_DEST_CITY' | 'DELIVERED') => ({
  time,
  status,
  reason: null,
  text: '',
  city: null,
  courier: null,
  rawCode: null,
});

test('alerts: stale in transit after 48 h, overdue 48 h after reaching the city, pickup overdue after 48 h in a locker, none when delivered', () => {
  const transit = [ev('2026-11-20T08:00:00+08:00', 'IN_TRANSIT')];
  expect(computeAlerts({ status: 'IN_TRANSIT', events: transit, nowMs: at('2026-11-22T07:00:00+08:00') })).toEqual([]);
  expect(computeAlerts({ status: 'IN_TRANSIT', events: transit, nowMs: at('2026-11-22T09:00:00+08:00') })).toEqual(['STALE']);
  const arrived = [ev('2026-11-20T08:00:00+08:00', 'ARRIVED_DEST_CITY')];
  expect(computeAlerts({ status: 'ARRIVED_DEST_CITY', events: arrived, nowMs: at('2026-11-22T09:00:00+08:00') })).toEqual([
    'STALE',
    'OVERDUE',
  ]);
  const locker = [ev('2026-11-20T08:00:00+08:00', 'AWAITING_PICKUP')];
  expect(computeAlerts({ status: 'AWAITING_PICKUP', events: locker, nowMs: at('2026-11-22T09:00:00+08:00') })).toEqual(['PICKUP_OVERDUE']);
  expect(
    computeAlerts({ status: 'DELIVERED', events: [ev('2026-11-01T08:00:00+08:00', 'DELIVERED')], nowMs: at('2026-11-22T09:00:00+08:00') }),
  ).toEqual([]);
});
