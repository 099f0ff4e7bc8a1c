import { computeAlerts } from '../../domain/tracking/parcel-alerts';
import { estimateEta, laneStatsFrom } from '../../domain/tracking/estimate-eta';
import { mergeTimeline } from '../../domain/tracking/merge-timeline';
import { normalizeTrace } from '../../domain/tracking/normalize-trace';
import type { CarrierTrace } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import type { Sealer } from '../../ports/sealer';
import { PARCELS, createParcelRepository, parcelId, type ParcelRecord } from './parcel.repository';

const HOUR = 3600_000;
const LANE_SAMPLE = 200;

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
  /** Outside the transaction (云开发 transactions allow document operations only, so queries go here). */
  prepare(id: string, current: StoredDoc<ParcelRecord> | null): Promise<Prepared>;
  onRecorded(tx: DocStore, change: RecordedChange, prepared: Prepared): Promise<void>;
}

/** Binds the phone tail to the parcel without keeping the digits themselves. */
export function phoneTailHash(sealer: Sealer, carrier: string, waybillNo: string, phoneTail: string): string {
  return sealer.fingerprint(`${carrier}:${waybillNo}:${phoneTail}`);
}

/**
 * The one path from a carrier trace to a stored parcel, used by look-ups, monitoring and push
 * callbacks alike: normalize, merge with what we had by event time, estimate the arrival,
 * compute alerts, then save and let the observer act, in one transaction. A trace already
 * stored, or older than what we have, changes nothing a user sees.
 */
export function createParcelTracker<P>(deps: TrackerDeps, observer?: ParcelObserver<P>) {
  const { store, clock } = deps;
  const parcels = createParcelRepository(store);

  async function laneDurationsHours(carrier: string, originCity: string | null, destCity: string | null): Promise<number[]> {
    if (!originCity || !destCity) return [];
    const delivered = await store.find<ParcelRecord>(PARCELS, {
      where: { carrier, originCity, destCity, deliveredAtMs: { gt: 0 } },
      orderBy: [{ field: 'deliveredAtMs', direction: 'desc' }],
      limit: LANE_SAMPLE,
    });
    return delivered
      .filter((p) => p.collectedAtMs !== null && p.deliveredAtMs !== null)
      .map((p) => ((p.deliveredAtMs as number) - (p.collectedAtMs as number)) / HOUR);
  }

  async function record(trace: CarrierTrace, phoneTail?: string): Promise<StoredDoc<ParcelRecord>> {
    const nowMs = clock.now();
    const id = parcelId(trace.carrier, trace.waybillNo);
    const normalized = normalizeTrace(trace);
    const current = await parcels.get(id);
    const merged = mergeTimeline(current, normalized);
    const lane = laneStatsFrom(await laneDurationsHours(trace.carrier, merged.originCity, merged.destCity));
    const prepared = observer ? await observer.prepare(id, current) : (undefined as P);

    return store.transaction(async (tx) => {
      const previous = await createParcelRepository(tx).get(id);
      // Another writer may have landed between the read above and this transaction: merge again then.
      const timeline = (previous?._v ?? 0) === (current?._v ?? 0) ? merged : mergeTimeline(previous, normalized);
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
          carrierEta: trace.eta ?? previous?.carrierEta ?? null,
          originCity: timeline.originCity,
          destCity: timeline.destCity,
          collectedAtMs: timeline.collectedAtMs,
          lastEventMs,
          lane,
          nowMs,
        }),
        carrierEta: trace.eta ?? previous?.carrierEta ?? null,
        originCity: timeline.originCity,
        destCity: timeline.destCity,
        collectedAtMs: timeline.collectedAtMs,
        deliveredAtMs: timeline.deliveredAtMs,
        queriedAtMs: nowMs,
        phoneTailHash: phoneTail
          ? phoneTailHash(deps.sealer, trace.carrier, trace.waybillNo, phoneTail)
          : (previous?.phoneTailHash ?? null),
      };
      const moved =
        !previous ||
        previous.events[0]?.time !== next.events[0]?.time ||
        previous.events.length !== next.events.length ||
        previous.alerts.join() !== next.alerts.join();
      next.changedAtMs = moved ? nowMs : (previous?.changedAtMs ?? nowMs);
      await createParcelRepository(tx).save(id, next);
      if (observer)
        await observer.onRecorded(tx, { id, carrier: trace.carrier, waybillNo: trace.waybillNo, previous, next, nowMs }, prepared);
      return { ...previous, ...next, _id: id, _v: (previous?._v ?? 0) + 1 };
    });
  }

  return { record, get: parcels.get };
}

export type ParcelTracker = Pick<ReturnType<typeof createParcelTracker>, 'record' | 'get'>;
