import { nextCheckAt } from '../../domain/follow/next-check';
import { CarrierError, type CarrierErrorKind, type CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { Sealer } from '../../ports/sealer';
import { createQuota, type Limit } from '../rate-limiter';
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

/** Parcels leased per transaction. */
const LEASE_BATCH = 25;

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
export function createMonitor(deps: MonitorDeps, runId: () => string, carrierRate: Limit = CARRIER_RATE) {
  const { tracker } = deps;
  const carrierQuota = createQuota(deps.store, deps.clock, carrierRate);

  /** Leases a batch in one transaction (one commit, not one per parcel); parcels another run holds are left out. */
  async function leaseBatch(batch: StoredDoc<ParcelRecord>[]): Promise<StoredDoc<ParcelRecord>[]> {
    return deps.store.transaction(async (tx) => {
      const now = deps.clock.now();
      const leased: StoredDoc<ParcelRecord>[] = [];
      for (const candidate of batch) {
        const m = candidate.monitor;
        if (!m || !m.active || m.leaseUntilMs > now || m.nextCheckAtMs > now) continue;
        // Only over the version this run read: a parcel another run leased or changed since is left alone.
        const lease = { monitor: { ...m, leaseUntilMs: now + MONITOR_BUDGET.leaseMs } };
        const updated = await tx.update<ParcelRecord>(PARCELS, candidate._id, lease, { ifVersion: candidate._v });
        if (updated) leased.push(updated);
      }
      return leased;
    });
  }

  /** After a failed query: the lease is given back with the next attempt pushed out. */
  async function releaseAfterFailure(id: string, waitMs: number): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const p = await deps.store.get<ParcelRecord>(PARCELS, id);
      if (!p?.monitor) return;
      const monitor = { ...p.monitor, nextCheckAtMs: deps.clock.now() + waitMs, checks: p.monitor.checks + 1, leaseUntilMs: 0 };
      if (await deps.store.update<ParcelRecord>(PARCELS, id, { monitor }, { ifVersion: p._v })) return;
    }
  }

  /** The next check, decided from what the trace said, written together with the trace. */
  const scheduleNext = (next: ParcelRecord, mon: MonitorState): MonitorState => {
    const now = deps.clock.now();
    const at = nextCheckAt({
      status: next.status,
      nowMs: now,
      followedAtMs: mon.followedAtMs,
      lastChangeAtMs: next.changedAtMs ?? now,
      pushSubscribed: mon.pushSubscribed,
    });
    return { ...mon, active: at !== null && mon.followers > 0, nextCheckAtMs: at ?? now, checks: mon.checks + 1, leaseUntilMs: 0 };
  };

  async function check(parcel: StoredDoc<ParcelRecord>): Promise<'processed' | 'failed'> {
    try {
      const trace = await deps.carriers.query({
        carrier: parcel.carrier,
        waybillNo: parcel.waybillNo,
        phoneTail: openTail(deps.sealer, parcel.monitor!),
      });
      await tracker.record(trace, { monitor: scheduleNext });
      return 'processed';
    } catch (err) {
      if (!(err instanceof CarrierError)) throw err;
      deps.log.warn({ parcel: parcel._id, kind: err.kind, detail: err.detail }, 'monitor: carrier query failed');
      await releaseAfterFailure(parcel._id, retryAfterMs(err.kind));
      return 'failed';
    }
  }

  /** Each carrier's share of queries for this run, taken once per carrier instead of once per parcel. */
  async function withinCarrierShares(due: StoredDoc<ParcelRecord>[]): Promise<Set<string>> {
    const byCarrier = new Map<string, string[]>();
    for (const p of due) byCarrier.set(p.carrier, [...(byCarrier.get(p.carrier) ?? []), p._id]);
    const allowed = new Set<string>();
    for (const [carrier, ids] of byCarrier) {
      const granted = await carrierQuota(`carrier:${carrier}`, ids.length);
      ids.slice(0, granted).forEach((id) => allowed.add(id));
    }
    return allowed;
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
    const allowed = await withinCarrierShares(due);
    const id = runId();
    // Over a carrier's share the parcel stays due for the next run.
    const queue = due.filter((p) => allowed.has(p._id));
    run.skipped += due.length - queue.length;
    for (let i = 0; i < queue.length; i += LEASE_BATCH) {
      if (deps.monotonicMs() - wallStart > budget.ms) break;
      const batch = queue.slice(i, i + LEASE_BATCH);
      const leased = await leaseBatch(batch);
      run.skipped += batch.length - leased.length; // another run holds them
      for (const parcel of leased) {
        // Past the budget the rest of the batch is left leased: it comes back when the lease ends.
        if (deps.monotonicMs() - wallStart > budget.ms) break;
        run[await check(parcel)] += 1;
      }
    }
    deps.log.info({ run: id, ...run }, 'monitor run');
    return run;
  };
}

/** How long to wait after a carrier failure, by kind. */
export function retryAfterMs(kind: CarrierErrorKind): number {
  return kind === 'UNAVAILABLE' ? RETRY_AFTER.UNAVAILABLE : kind === 'RATE_LIMITED' ? RETRY_AFTER.RATE_LIMITED : RETRY_AFTER.other;
}
