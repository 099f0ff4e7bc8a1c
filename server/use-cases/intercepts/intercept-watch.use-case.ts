import { nextCheckAtMs, watchesTimeline, watchEvent } from '../../domain/intercepts/watch-rules';
import type { CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { Sealer } from '../../ports/sealer';
import type { ParcelTracker } from '../tracking/track-parcel';
import type { InterceptEngine } from './intercept-engine';
import { INTERCEPTS, type InterceptRecord, type StoredIntercept } from './intercept.repository';
import { verdictEvent } from './intercept-verdicts';

export interface InterceptWatchDeps {
  store: DocStore;
  clock: Clock;
  monotonicMs: () => number;
  log: Logger;
  carriers: CarrierGateway;
  sealer: Sealer;
  tracker: ParcelTracker;
  engine: InterceptEngine;
}

/** Per run: how many intercepts, how long, and how long one is held so that overlapping runs skip it. */
export const WATCH_BUDGET = { batch: 50, wallMs: 40_000, leaseMs: 2 * 60_000 } as const;
/** A trace read this recently (by a look-up, the monitor, a push) is not asked for again. */
const TRACE_RECENT_MS = 30 * 60_000;

/**
 * The intercepts' timer: for each one due, read the parcel's timeline again when it may decide the
 * outcome, then let the machine act on deadlines (payment window, outcome overdue) and redo what is
 * still owed: query an unpaid order, submit a paid one, send a refund again under the same number.
 */
export function createInterceptWatch(deps: InterceptWatchDeps) {
  const { store, clock, log } = deps;

  async function lease(r: StoredIntercept): Promise<StoredIntercept | null> {
    const now = clock.now();
    if (r.leaseUntilMs > now) return null;
    return store.update<InterceptRecord>(INTERCEPTS, r._id, { leaseUntilMs: now + WATCH_BUDGET.leaseMs }, { ifVersion: r._v });
  }

  /** Reads the trace again through the tracker (whose observer applies what it shows), then judges it once more here. */
  async function readTimeline(r: StoredIntercept): Promise<void> {
    let parcel = await deps.tracker.get(r.parcelId);
    if (!parcel || clock.now() - parcel.queriedAtMs > TRACE_RECENT_MS) {
      try {
        const phoneTail = deps.sealer.open(r.phoneTailSealed) ?? undefined;
        parcel = await deps.tracker.record(await deps.carriers.query({ carrier: r.carrier, waybillNo: r.waybillNo, phoneTail }));
      } catch (err) {
        log.warn({ err, intercept: r._id }, 'reading the timeline for an intercept failed');
      }
    }
    const event = parcel ? verdictEvent(r, parcel.events) : null;
    if (event) await deps.engine.apply(r._id, event);
  }

  async function visit(due: StoredIntercept): Promise<void> {
    const held = await lease(due);
    if (!held) return;
    if (watchesTimeline(held.state)) await readTimeline(held);
    const r = (await deps.engine.get(held._id))!;
    const timing = { nowMs: clock.now(), payDeadlineMs: r.payDeadlineMs, outcomeDueAtMs: r.outcomeDueAtMs, succeededAtMs: r.succeededAtMs };
    const done = await deps.engine.apply(r._id, watchEvent({ machine: r.machine, ...timing }));
    if (done?.outcome === 'APPLIED') return;
    // Nothing owed right now: come back when something can have changed.
    await store.update<InterceptRecord>(INTERCEPTS, r._id, { nextCheckAtMs: nextCheckAtMs({ machine: r.machine, ...timing }) });
  }

  return async function watch(): Promise<{ visited: number }> {
    const started = deps.monotonicMs();
    const due = await store.find<InterceptRecord>(INTERCEPTS, {
      where: { nextCheckAtMs: { lte: clock.now() } },
      orderBy: [{ field: 'nextCheckAtMs', direction: 'asc' }],
      limit: WATCH_BUDGET.batch,
    });
    let visited = 0;
    for (const r of due) {
      if (deps.monotonicMs() - started > WATCH_BUDGET.wallMs) break;
      try {
        await visit(r);
        visited += 1;
      } catch (err) {
        log.error({ err, intercept: r._id }, 'intercept watch failed for one intercept');
      }
    }
    return { visited };
  };
}
