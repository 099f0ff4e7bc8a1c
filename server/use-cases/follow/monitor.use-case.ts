import { nextCheckAt } from '../../domain/follow/next-check';
import { CarrierError, type CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { Sealer } from '../../ports/sealer';
import { createRateLimiter } from '../rate-limiter';
import { PARCELS, openTail, type MonitorState, type ParcelRecord } from '../tracking/parcel.repository';
import type { ParcelTracker } from '../tracking/track-parcel';

const MINUTE = 60_000;

export const MONITOR_BUDGET = {
  /** Parcels looked at per run. */
  parcels: 200,
  /** Wall time per run: the cloud function timeout is 60 s, leave room to finish and send. */
  ms: 40_000,
  /** A run holds a parcel this long; a crashed run's parcels come back after it. */
  leaseMs: 2 * MINUTE,
} as const;

/** Queries per carrier per minute across all runs (KDNiao allows 10/s; we stay well under). */
export const CARRIER_RATE = { max: 300, windowMs: MINUTE } as const;

/** When a carrier fails, look again after this long. */
const RETRY_AFTER = { UNAVAILABLE: 30 * MINUTE, RATE_LIMITED: 15 * MINUTE, other: 6 * 60 * MINUTE } as const;

export interface MonitorRun {
  picked: number;
  processed: number;
  skipped: number;
  failed: number;
}

export interface MonitorDeps {
  store: DocStore;
  carriers: CarrierGateway;
  clock: Clock;
  log: Logger;
  tracker: ParcelTracker;
  sealer: Sealer;
  /** Monotonic milliseconds, for the run's wall-time budget (the clock may be moved by hand). */
  monotonicMs: () => number;
}

/**
 * The monitor timer: takes the parcels whose check is due, leases each so an overlapping run
 * skips it, asks the carrier within per-carrier limits and the run's budget, records the trace
 * through the same path as 查询 (which notifies followers), and schedules the next check.
 */
export function createMonitor(deps: MonitorDeps, runId: () => string, carrierRate: { max: number; windowMs: number } = CARRIER_RATE) {
  const { tracker } = deps;
  const carrierLimit = createRateLimiter(deps.store, deps.clock, carrierRate);

  async function lease(parcel: StoredDoc<ParcelRecord>): Promise<StoredDoc<ParcelRecord> | null> {
    const now = deps.clock.now();
    const m = parcel.monitor!;
    if (!m.active || m.leaseUntilMs > now || m.nextCheckAtMs > now) return null;
    return deps.store.update<ParcelRecord>(
      PARCELS,
      parcel._id,
      { monitor: { ...m, leaseUntilMs: now + MONITOR_BUDGET.leaseMs } },
      { ifVersion: parcel._v },
    );
  }

  async function release(id: string, patch: (m: MonitorState, p: StoredDoc<ParcelRecord>) => Partial<MonitorState>): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const p = await deps.store.get<ParcelRecord>(PARCELS, id);
      if (!p?.monitor) return;
      const monitor = { ...p.monitor, ...patch(p.monitor, p), leaseUntilMs: 0 };
      if (await deps.store.update<ParcelRecord>(PARCELS, id, { monitor }, { ifVersion: p._v })) return;
    }
  }

  async function check(parcel: StoredDoc<ParcelRecord>): Promise<'processed' | 'failed' | 'skipped'> {
    const m = parcel.monitor!;
    try {
      await carrierLimit(`carrier:${parcel.carrier}`);
    } catch {
      return 'skipped'; // this carrier's share is used up; the parcel stays due for the next run
    }
    try {
      const trace = await deps.carriers.query({
        carrier: parcel.carrier,
        waybillNo: parcel.waybillNo,
        phoneTail: openTail(deps.sealer, m),
      });
      const recorded = await tracker.record(trace);
      await release(parcel._id, (mon) => {
        const now = deps.clock.now();
        const next = nextCheckAt({
          status: recorded.status,
          nowMs: now,
          followedAtMs: mon.followedAtMs,
          lastChangeAtMs: recorded.changedAtMs ?? now,
          pushSubscribed: mon.pushSubscribed,
        });
        return { active: next !== null && mon.followers > 0, nextCheckAtMs: next ?? now, checks: mon.checks + 1 };
      });
      return 'processed';
    } catch (err) {
      if (!(err instanceof CarrierError)) throw err;
      deps.log.warn({ parcel: parcel._id, kind: err.kind, detail: err.detail }, 'monitor: carrier query failed');
      const wait =
        err.kind === 'UNAVAILABLE' ? RETRY_AFTER.UNAVAILABLE : err.kind === 'RATE_LIMITED' ? RETRY_AFTER.RATE_LIMITED : RETRY_AFTER.other;
      await release(parcel._id, (mon) => ({ nextCheckAtMs: deps.clock.now() + wait, checks: mon.checks + 1 }));
      return 'failed';
    }
  }

  return async function runMonitor(budget: { parcels: number; ms: number } = MONITOR_BUDGET): Promise<MonitorRun> {
    const started = deps.clock.now();
    const wallStart = deps.monotonicMs();
    const due = await deps.store.find<ParcelRecord>(PARCELS, {
      where: { 'monitor.active': true, 'monitor.nextCheckAtMs': { lte: started } },
      orderBy: [{ field: 'monitor.nextCheckAtMs', direction: 'asc' }],
      limit: budget.parcels,
    });
    const run: MonitorRun = { picked: due.length, processed: 0, skipped: 0, failed: 0 };
    const id = runId();
    for (const candidate of due) {
      if (deps.monotonicMs() - wallStart > budget.ms) break;
      const leased = await lease(candidate);
      if (!leased) {
        run.skipped += 1;
        continue;
      }
      run[await check(leased)] += 1;
    }
    deps.log.info({ run: id, ...run }, 'monitor run');
    return run;
  };
}
