import { SqliteDocStore } from '../../adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../adapters/system/system-clock';
import { testSealer } from '../../../test/support/app-deps';
import type { CarrierTrace } from '../../ports/carrier-gateway';
import { applyMigrations } from '../../local/migrations';
import { LANE_STATS } from './lane-stats.repository';
import { PARCELS } from './parcel.repository';
import { createParcelTracker, type ParcelObserver } from './track-parcel';

const HOUR = 3600_000;
const T0 = Date.parse('2026-11-20T09:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

/** A Shanghai → Hangzhou journey: collected at T, delivered `hours` later. */
function journey(no: string, startMs: number, hours: number, delivered = true): CarrierTrace {
  const events = [
    { time: iso(startMs), text: '【上海市】上海市浦东新区公司 已揽收' },
    { time: iso(startMs + 12 * HOUR), text: '【上海市】快件已到达上海转运中心' },
    { time: iso(startMs + (hours - 6) * HOUR), text: '【杭州市】快件已到达杭州市西湖区公司' },
  ];
  if (delivered) events.push({ time: iso(startMs + hours * HOUR), text: '【杭州市】已签收，签收人：本人' });
  return { carrier: 'YTO', waybillNo: no, source: 'test', events };
}

function setup() {
  const store = new SqliteDocStore(':memory:');
  const clock = new ManualClock(T0 + 10 * 24 * HOUR);
  const changes: string[] = [];
  const observer: ParcelObserver<null> = { prepare: async () => null, onRecorded: async (_tx, c) => void changes.push(c.id) };
  return { store, clock, changes, tracker: createParcelTracker({ store, clock, sealer: testSealer() }, observer) };
}

test('what delivered parcels took on a lane becomes the estimate for the next parcel on it', async () => {
  const { tracker, store } = setup();
  for (let i = 0; i < 5; i += 1) await tracker.record(journey(`YT90000000000${i}`, T0 + i * HOUR, 30 + i));
  expect((await store.get<{ hours: number[] }>(LANE_STATS, 'YTO:上海:杭州'))?.hours).toEqual([30, 31, 32, 33, 34]);
  const moving = await tracker.record(journey('YT900000000009', T0 + 9 * 24 * HOUR, 30, false));
  expect(moving.eta).toMatchObject({ source: 'LANE_STATS' });
});

test('a trace that brings nothing new only refreshes when we asked: no transaction, no observer', async () => {
  const { tracker, clock, changes } = setup();
  const first = await tracker.record(journey('YT900000000001', T0, 30, false));
  clock.advance(HOUR);
  const again = await tracker.record(journey('YT900000000001', T0, 30, false));
  expect(changes).toEqual(['YTO:YT900000000001']);
  expect(again).toMatchObject({ _v: first._v + 1, changedAtMs: first.changedAtMs, queriedAtMs: clock.now(), events: first.events });
});

test('a writer landing between the read and the save makes the tracker read again instead of overwriting it', async () => {
  const { tracker, store } = setup();
  const no = 'YT900000000001';
  await tracker.record(journey(no, T0, 30, false));
  // While an older copy of the trace is being recorded, a push with the delivery lands first.
  let raced = false;
  const original = store.transaction.bind(store);
  store.transaction = (async (work) => {
    if (!raced) {
      raced = true;
      store.transaction = original;
      await tracker.record(journey(no, T0, 30, true));
    }
    return original(work);
  }) as typeof store.transaction;
  const slowCopy = journey(no, T0, 30, false);
  slowCopy.events.push({ time: iso(T0 + 20 * HOUR), text: '【上海市】快件已从上海转运中心发出' });
  const recorded = await tracker.record(slowCopy);
  expect(raced).toBe(true);
  expect(recorded.status).toBe('DELIVERED');
  expect((await store.get<{ status: string; events: unknown[] }>(PARCELS, `YTO:${no}`))?.events).toHaveLength(5);
});

test('migration 003 builds lane statistics from parcels delivered before it', async () => {
  const store = new SqliteDocStore(':memory:');
  const clock = new ManualClock(T0 + 10 * 24 * HOUR);
  const tracker = createParcelTracker({ store, clock, sealer: testSealer() });
  for (let i = 0; i < 3; i += 1) await tracker.record(journey(`YT90000000000${i}`, T0, 40 + i));
  await store.remove(LANE_STATS, 'YTO:上海:杭州');
  applyMigrations(store);
  expect((await store.get<{ hours: number[] }>(LANE_STATS, 'YTO:上海:杭州'))?.hours).toEqual([40, 41, 42]);
});
