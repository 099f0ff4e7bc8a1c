import { AppError } from '../../domain/app-error';
import { computeAlerts } from '../../domain/tracking/parcel-alerts';
import { estimateEta, laneStatsFrom, type LaneStats } from '../../domain/tracking/estimate-eta';
import { mergeTimeline } from '../../domain/tracking/merge-timeline';
import { normalizeTrace, type NormalizedTrace } from '../../domain/tracking/normalize-trace';
import type { CarrierTrace } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import { DuplicateIdError, type DocStore, type StoredDoc } from '../../ports/doc-store';
import type { Sealer } from '../../ports/sealer';
import { createLaneStatsRepository } from './lane-stats.repository';
import { PARCELS, createParcelRepository, parcelId, type MonitorState, type ParcelRecord } from './parcel.repository';

export interface TrackerDeps {
  store: DocStore;
  clock: Clock;
  sealer: Sealer;
}

/** A parcel's stored state before and after one trace was recorded. */
export interface RecordedChange {
  id: string;
  carrier: string;
  waybillNo: string;
  previous: StoredDoc<ParcelRecord> | null;
  next: ParcelRecord;
  nowMs: number;
}

/**
 * Whoever acts on a change in the same transaction that stores it (following: tell the
 * followers). Tracking reports what changed; it does not know who cares.
 */
export interface ParcelObserver<Prepared = unknown> {
  /** Outside the transaction (云开发 transactions allow document operations only, so queries go here), seeing the change to come. */
  prepare(change: RecordedChange): Promise<Prepared>;
  onRecorded(tx: DocStore, change: RecordedChange, prepared: Prepared): Promise<void>;
}

export interface RecordOptions {
  /** The phone tail the trace was unlocked with (SF, ZTO): only its keyed fingerprint is kept. */
  phoneTail?: string;
  /** The monitor's own bookkeeping, written with the same update (the monitor timer's next check). */
  monitor?: (next: ParcelRecord, current: MonitorState) => MonitorState;
}

/** Binds the phone tail to the parcel without keeping the digits themselves. */
export function phoneTailHash(sealer: Sealer, carrier: string, waybillNo: string, phoneTail: string): string {
  return sealer.fingerprint(`${carrier}:${waybillNo}:${phoneTail}`);
}

/** Another writer landed between the read and the transaction: record again from a fresh read. */
class StaleRead extends Error {}
const ATTEMPTS = 3;

/**
 * The one path from a carrier trace to a stored parcel, used by look-ups, monitoring and push
 * callbacks alike: normalize, merge with what we had by event time, estimate the arrival,
 * compute alerts, then save and let the observer act, in one transaction. A trace that brings
 * nothing new only refreshes when we last asked; a trace older than what we have changes nothing a
 * user sees.
 */
export function createParcelTracker<P>(deps: TrackerDeps, observer?: ParcelObserver<P>) {
  const { store, clock, sealer } = deps;
  const parcels = createParcelRepository(store);
  const lanes = createLaneStatsRepository(store);

  function nextRecord(
    trace: CarrierTrace,
    previous: StoredDoc<ParcelRecord> | null,
    timeline: NormalizedTrace,
    lane: LaneStats | null,
    nowMs: number,
    options: RecordOptions,
  ): { next: ParcelRecord; moved: boolean } {
    const carrierEta = trace.eta ?? previous?.carrierEta ?? null;
    const lastEventMs = timeline.events.length ? Date.parse(timeline.events[0].time) : null;
    const next: ParcelRecord = {
      carrier: trace.carrier,
      waybillNo: trace.waybillNo,
      source: trace.source,
      status: timeline.status,
      reason: timeline.reason,
      alerts: computeAlerts({ status: timeline.status, events: timeline.events, nowMs }),
      events: timeline.events,
      courier: timeline.courier,
      pickup: timeline.pickup,
      eta: estimateEta({
        carrier: trace.carrier,
        status: timeline.status,
        carrierEta,
        originCity: timeline.originCity,
        destCity: timeline.destCity,
        collectedAtMs: timeline.collectedAtMs,
        lastEventMs,
        lane,
        nowMs,
      }),
      carrierEta,
      originCity: timeline.originCity,
      destCity: timeline.destCity,
      collectedAtMs: timeline.collectedAtMs,
      deliveredAtMs: timeline.deliveredAtMs,
      queriedAtMs: nowMs,
      phoneTailHash: options.phoneTail
        ? phoneTailHash(sealer, trace.carrier, trace.waybillNo, options.phoneTail)
        : (previous?.phoneTailHash ?? null),
    };
    const moved =
      !previous ||
      previous.events[0]?.time !== next.events[0]?.time ||
      previous.events.length !== next.events.length ||
      previous.alerts.join() !== next.alerts.join();
    next.changedAtMs = moved ? nowMs : (previous?.changedAtMs ?? nowMs);
    if (previous?.monitor) next.monitor = options.monitor ? options.monitor(next, previous.monitor) : previous.monitor;
    return { next, moved };
  }

  async function recordOnce(trace: CarrierTrace, normalized: NormalizedTrace, options: RecordOptions): Promise<StoredDoc<ParcelRecord>> {
    const nowMs = clock.now();
    const id = parcelId(trace.carrier, trace.waybillNo);
    const current = await parcels.get(id);
    const timeline = mergeTimeline(current, normalized);
    const lane = laneStatsFrom(await lanes.hours(trace.carrier, timeline.originCity, timeline.destCity));
    const { next, moved } = nextRecord(trace, current, timeline, lane, nowMs, options);

    // Nothing a user sees changed (no new event, same status and alerts): only refresh when we asked.
    if (current && !moved && next.status === current.status && next.reason === current.reason && !options.phoneTail) {
      const patch = { queriedAtMs: nowMs, eta: next.eta, ...(next.monitor ? { monitor: next.monitor } : {}) };
      const refreshed = await store.update<ParcelRecord>(PARCELS, id, patch, { ifVersion: current!._v });
      if (!refreshed) throw new StaleRead();
      return refreshed;
    }

    const change: RecordedChange = { id, carrier: trace.carrier, waybillNo: trace.waybillNo, previous: current, next, nowMs };
    const prepared = observer ? await observer.prepare(change) : (undefined as P);
    const saved = await store.transaction(async (tx) => {
      // Written only over the version read above: another writer in between means record again.
      const written = current
        ? await tx.update<ParcelRecord>(PARCELS, id, next, { ifVersion: current._v })
        : await tx.insert<ParcelRecord>(PARCELS, { _id: id, ...next }).catch((err: Error) => {
            if (err instanceof DuplicateIdError) return null;
            throw err;
          });
      if (!written) throw new StaleRead();
      if (observer) await observer.onRecorded(tx, change, prepared);
      return written;
    });
    if (next.deliveredAtMs !== null && !current?.deliveredAtMs) await lanes.addDelivery(next);
    return saved;
  }

  async function record(trace: CarrierTrace, options: RecordOptions = {}): Promise<StoredDoc<ParcelRecord>> {
    const normalized = normalizeTrace(trace);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await recordOnce(trace, normalized, options);
      } catch (err) {
        if (!(err instanceof StaleRead)) throw err;
        if (attempt >= ATTEMPTS) throw new AppError('CONFLICT');
      }
    }
  }

  return { record, get: parcels.get };
}

export type ParcelTracker = Pick<ReturnType<typeof createParcelTracker>, 'record' | 'get'>;
