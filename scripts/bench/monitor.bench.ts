import { STATUS_MILESTONES } from '../../types';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planJourney } from '../../server/adapters/carriers/sandbox';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { SequentialIds } from '../../server/adapters/system/random-ids';
import { nextCheckAt } from '../../server/domain/follow/next-check';
import { normalizeTrace } from '../../server/domain/tracking/normalize-trace';
import type { CarrierGateway, CarrierTrace } from '../../server/ports/carrier-gateway';
import { createMonitor } from '../../server/use-cases/follow/monitor.use-case';
import { createFollowedParcelTracker } from '../../server/use-cases/follow/follower-notifications';
import { createAesGcmSealer } from '../../server/adapters/system/aes-gcm-sealer';
import { applyMigrations } from '../../server/local/migrations';

const HOUR = 3600_000;
const MINUTE = 60_000;
const silent = { info() {}, warn() {}, error() {} };
const T0 = Date.parse('2026-11-22T10:00:00+08:00');

/** Monitor throughput: 100k followed parcels in a SQLite file, a carrier that answers instantly with one new event. */
export async function benchMonitorThroughput(total = 100_000, sample = 5_000) {
  const dir = mkdtempSync(join(tmpdir(), 'parcelmate-bench-monitor-'));
  const store = new SqliteDocStore(join(dir, 'bench.sqlite'));
  applyMigrations(store);
  const clock = new ManualClock(T0);
  try {
    const seedStart = performance.now();
    await store.transaction(async (tx) => {
      for (let i = 0; i < total; i += 1) {
        const no = `YT${String(5000000000000 + i)}`;
        const id = `YTO:${no}`;
        await tx.insert('parcels', {
          _id: id,
          carrier: 'YTO',
          waybillNo: no,
          source: 'bench',
          status: 'IN_TRANSIT',
          reason: null,
          alerts: [],
          events: [
            {
              time: '2026-11-22T08:00:00+08:00',
              status: 'COLLECTED',
              reason: null,
              text: '【广州市】广东广州白云区公司 已揽收',
              city: '广州',
              courier: null,
              rawCode: null,
            },
          ],
          courier: null,
          eta: null,
          carrierEta: null,
          originCity: '广州',
          destCity: null,
          collectedAtMs: T0 - 2 * HOUR,
          deliveredAtMs: null,
          queriedAtMs: T0 - HOUR,
          phoneTailHash: null,
          changedAtMs: T0 - HOUR,
          monitor: {
            active: true,
            followers: 1,
            nextCheckAtMs: T0 - (i % 1000),
            leaseUntilMs: 0,
            followedAtMs: T0 - HOUR,
            phoneTailSealed: null,
            pushSubscribed: false,
            checks: 0,
          },
        });
        await tx.insert('bindings', {
          _id: `u${i}:${id}`,
          openid: `u${i}`,
          parcelId: id,
          remark: '',
          archived: false,
          followedAtMs: T0 - HOUR,
          seenAtMs: T0 - HOUR,
        });
      }
    });
    const seedMs = performance.now() - seedStart;
    const carriers: CarrierGateway = {
      source: 'bench',
      recognize: async () => [],
      query: async (q): Promise<CarrierTrace> => ({
        carrier: q.carrier,
        waybillNo: q.waybillNo,
        source: 'bench',
        events: [
          { time: '2026-11-22T08:00:00+08:00', text: '【广州市】广东广州白云区公司 已揽收' },
          { time: '2026-11-22T09:30:00+08:00', text: '【广州市】快件已到达【广州转运中心】' },
        ],
      }),
    };
    const sealer = createAesGcmSealer(randomBytes(32));
    const tracker = createFollowedParcelTracker({ store, clock, sealer });
    const monitor = createMonitor(
      { store, carriers, clock, log: silent, tracker, sealer, monotonicMs: () => performance.now() },
      () => new SequentialIds('run').next(),
      {
        max: 1e9,
        windowMs: MINUTE,
      },
    );
    let processed = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    while (processed < sample) {
      const run = await monitor({ parcels: 1000, ms: 60_000 });
      processed += run.processed;
      if (run.picked === 0) break;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    // CPU time of this process: the per-core rate, whatever else the machine is doing.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return {
      boundParcels: total,
      seedSeconds: Math.round(seedMs / 100) / 10,
      processed,
      parcelsPerSec: Math.round(processed / seconds),
      parcelsPerCpuSec: Math.round(processed / cpuSeconds),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const MILESTONES = new Set<string>(STATUS_MILESTONES);
/** The moments people wait for: the delay to these is reported apart. */
const IMPORTANT = new Set<string>(['OUT_FOR_DELIVERY', 'AWAITING_PICKUP', 'DELIVERED', 'EXCEPTION']);
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;

/**
 * Carrier calls per delivered parcel and mean delay from a milestone event to the check that saw
 * it (when the notification is queued), for the adaptive schedule vs a fixed 30-minute poll,
 * over sandbox journeys of every scenario. Checks run on the minute, like the timer.
 */
export function simulateSchedules(population = 300) {
  const strategies = {
    adaptive: (status: string, now: number, followedAt: number, lastChange: number) =>
      nextCheckAt({ status: status as never, nowMs: now, followedAtMs: followedAt, lastChangeAtMs: lastChange, pushSubscribed: false }),
    // The same stopping rules (final state, horizon), polling every 30 minutes in between.
    fixed30min: (status: string, now: number, followedAt: number, lastChange: number) =>
      nextCheckAt({ status: status as never, nowMs: now, followedAtMs: followedAt, lastChangeAtMs: lastChange, pushSubscribed: false }) ===
      null
        ? null
        : now + 30 * MINUTE,
  };
  const result: Record<
    string,
    { callsPerParcel: number; meanDelayMin: number; p90DelayMin: number; importantMeanDelayMin: number; parcels: number }
  > = {};
  for (const [name, next] of Object.entries(strategies)) {
    let calls = 0;
    const delays: number[] = [];
    const importantDelays: number[] = [];
    for (let i = 0; i < population; i += 1) {
      const no = `YT${String(6000000000000 + i * 7 + (i % 10))}`.slice(0, 14) + String(i % 10);
      const journey = planJourney(no, 'YTO');
      // Carriers scan at any minute: jitter each event so checks do not line up with them by construction.
      const events = journey.events.map((e, k) => ({ atMs: T0 + e.h * HOUR + ((i * 31 + k * 17) % 59) * MINUTE, text: e.text }));
      const followedAt = T0 + 2 * HOUR + ((i * 7919) % 60) * MINUTE; // followed soon after collection
      let seen = 0;
      let lastChange = followedAt;
      let now = followedAt;
      for (let guard = 0; guard < 5000; guard += 1) {
        calls += 1;
        const visible = events.filter((e) => e.atMs <= now);
        const trace = normalizeTrace({
          carrier: 'YTO',
          waybillNo: no,
          source: 'sim',
          events: visible.map((e) => ({ time: new Date(e.atMs).toISOString(), text: e.text })),
        });
        for (const e of visible.slice(seen)) {
          const status = normalizeTrace({
            carrier: 'YTO',
            waybillNo: no,
            source: 'sim',
            events: [{ time: new Date(e.atMs).toISOString(), text: e.text }],
          }).status;
          if (e.atMs <= followedAt || !MILESTONES.has(status)) continue;
          delays.push((now - e.atMs) / MINUTE);
          if (IMPORTANT.has(status)) importantDelays.push((now - e.atMs) / MINUTE);
        }
        if (visible.length > seen) lastChange = now;
        seen = visible.length;
        const at = next(trace.status, now, followedAt, lastChange);
        if (at === null) break;
        now = Math.ceil(at / MINUTE) * MINUTE;
      }
    }
    delays.sort((a, b) => a - b);
    result[name] = {
      parcels: population,
      callsPerParcel: Math.round((calls / population) * 10) / 10,
      meanDelayMin: mean(delays),
      importantMeanDelayMin: mean(importantDelays),
      p90DelayMin: Math.round(delays[Math.floor(delays.length * 0.9)]),
    };
  }
  return result;
}
