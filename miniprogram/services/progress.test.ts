import type { ParcelStatus, TrackingEvent } from '../../types';
import { progressOf, routeOf } from './progress';

const ev = (status: ParcelStatus, city: string | null = null): TrackingEvent => ({
  time: '2026-11-22T10:00:00+08:00',
  status,
  reason: null,
  text: '',
  city,
  courier: null,
  rawCode: null,
});
const states = (status: ParcelStatus, statuses: ParcelStatus[] = []) =>
  progressOf({ status, events: statuses.map((s) => ev(s)) }).steps.map((s) => `${s.title}:${s.state}`);

test('a parcel in transit: ordered and collected done, 运输中 current, the rest to come', () => {
  expect(states('IN_TRANSIT')).toEqual(['已下单:done', '已揽收:done', '运输中:current', '派送中:todo', '已签收:todo']);
});

test('a parcel left at a locker shows 待取件 where the others show 派送中', () => {
  expect(states('AWAITING_PICKUP', ['AWAITING_PICKUP'])).toEqual([
    '已下单:done',
    '已揽收:done',
    '运输中:done',
    '待取件:current',
    '已签收:todo',
  ]);
  expect(states('DELIVERED', ['DELIVERED', 'AWAITING_PICKUP'])).toEqual([
    '已下单:done',
    '已揽收:done',
    '运输中:done',
    '待取件:done',
    '已签收:done',
  ]);
});

test('an exception stops where the parcel was, and is flagged as trouble', () => {
  const { steps, trouble } = progressOf({ status: 'EXCEPTION', events: [ev('EXCEPTION'), ev('OUT_FOR_DELIVERY'), ev('COLLECTED')] });
  expect(steps.map((s) => `${s.title}:${s.state}`)).toEqual(['已下单:done', '已揽收:done', '运输中:done', '派送中:current', '已签收:todo']);
  expect(trouble).toBe(true);
});

test('a refused parcel going back ends in 退回中, then 已退回', () => {
  expect(states('RETURNING', ['RETURNING', 'EXCEPTION', 'OUT_FOR_DELIVERY'])).toEqual([
    '已下单:done',
    '已揽收:done',
    '运输中:done',
    '派送中:done',
    '退回中:current',
  ]);
  expect(states('RETURNED', ['RETURNED', 'OUT_FOR_DELIVERY']).at(-1)).toBe('已退回:done');
});

test('origin → destination: the first city of the trace, and the city it reached for delivery', () => {
  const events = [ev('DELIVERED', '杭州市'), ev('ARRIVED_DEST_CITY', '杭州市'), ev('IN_TRANSIT', '武汉市'), ev('COLLECTED', '苏州市')];
  expect(routeOf({ events })).toEqual({ from: '苏州市', to: '杭州市' });
  expect(routeOf({ events: events.slice(2) })).toEqual({ from: '苏州市', to: null });
  expect(routeOf({ events: [] })).toEqual({ from: null, to: null });
});
