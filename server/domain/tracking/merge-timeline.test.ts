import type { TrackingEvent } from '../../../types';
import { mergeTimeline } from './merge-timeline';
import type { NormalizedTrace } from './normalize-trace';

const event = (time: string, status: TrackingEvent['status'], text: string): TrackingEvent => ({
  time: `2026-11-${time}:00+08:00`,
  status,
  reason: null,
  text,
  city: null,
  courier: null,
  rawCode: null,
});
const trace = (events: TrackingEvent[]): NormalizedTrace => ({
  status: events[0]?.status ?? 'PENDING',
  reason: null,
  events,
  courier: null,
  pickup: null,
  originCity: '上海市',
  destCity: null,
  collectedAtMs: events.length ? Date.parse(events[events.length - 1].time) : null,
  deliveredAtMs: events[0]?.status === 'DELIVERED' ? Date.parse(events[0].time) : null,
});

const collected = event('20T09:00', 'COLLECTED', '已揽收');
const transit = event('20T21:00', 'IN_TRANSIT', '已到达上海转运中心');
const out = event('22T08:00', 'OUT_FOR_DELIVERY', '正在为您派件');
const signed = event('22T11:00', 'DELIVERED', '已签收');

test('an older trace adds nothing it already had and never moves the parcel back', () => {
  const known = trace([signed, out, transit, collected]);
  const merged = mergeTimeline(known, trace([transit, collected]));
  expect(merged).toMatchObject({ status: 'DELIVERED', deliveredAtMs: known.deliveredAtMs });
  expect(merged.events).toEqual(known.events);
});

test('an empty answer after a known journey keeps the journey', () => {
  expect(mergeTimeline(trace([out, transit, collected]), trace([]))).toMatchObject({
    status: 'OUT_FOR_DELIVERY',
    events: [out, transit, collected],
  });
});

test('a newer trace takes over the status and events from both are merged by their own times', () => {
  const merged = mergeTimeline(trace([transit, collected]), trace([signed, out]));
  expect(merged.status).toBe('DELIVERED');
  expect(merged.events).toEqual([signed, out, transit, collected]);
  expect(merged.collectedAtMs).toBe(Date.parse(collected.time));
});

test('a late event older than the newest is kept in the timeline but the status stays with the newest', () => {
  const merged = mergeTimeline(trace([out, collected]), trace([transit]));
  expect(merged.status).toBe('OUT_FOR_DELIVERY');
  expect(merged.events).toEqual([out, transit, collected]);
});
