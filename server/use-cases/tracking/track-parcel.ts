import { createHash } from 'node:crypto';
import { computeAlerts } from '../../domain/tracking/parcel-alerts';
import { estimateEta, laneStatsFrom } from '../../domain/tracking/estimate-eta';
import { normalizeTrace } from '../../domain/tracking/normalize-trace';
import type { CarrierTrace } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import { PARCELS, createParcelRepository, parcelId, type ParcelRecord } from './parcel.repository';

const HOUR = 3600_000;
const LANE_SAMPLE = 200;

/** Binds the phone tail to the parcel without keeping the digits themselves. */
export function phoneTailHash(carrier: string, waybillNo: string, phoneTail: string): string {
  return createHash('sha256').update(`${carrier}:${waybillNo}:${phoneTail}`).digest('hex');
}

/**
 * The one path from a carrier trace to a stored parcel, used by look-ups, monitoring and push
 * callbacks alike: normalize, estimate the arrival, compute alerts, save.
 */
export function createParcelTracker(store: DocStore, clock: Clock) {
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
    const normalized = normalizeTrace(trace);
    const lane = laneStatsFrom(await laneDurationsHours(trace.carrier, normalized.originCity, normalized.destCity));
    const lastEventMs = normalized.events.length ? Date.parse(normalized.events[0].time) : null;
    const id = parcelId(trace.carrier, trace.waybillNo);
    const previous = await parcels.get(id);
    const next: ParcelRecord = {
      carrier: trace.carrier,
      waybillNo: trace.waybillNo,
      source: trace.source,
      status: normalized.status,
      reason: normalized.reason,
      alerts: computeAlerts({ status: normalized.status, events: normalized.events, nowMs }),
      events: normalized.events,
      courier: normalized.courier,
      eta: estimateEta({
        carrier: trace.carrier,
        status: normalized.status,
        carrierEta: trace.eta ?? null,
        originCity: normalized.originCity,
        destCity: normalized.destCity,
        collectedAtMs: normalized.collectedAtMs,
        lastEventMs,
        lane,
        nowMs,
      }),
      carrierEta: trace.eta ?? null,
      originCity: normalized.originCity,
      destCity: normalized.destCity,
      collectedAtMs: normalized.collectedAtMs,
      deliveredAtMs: normalized.deliveredAtMs,
      queriedAtMs: nowMs,
      phoneTailHash: phoneTail ? phoneTailHash(trace.carrier, trace.waybillNo, phoneTail) : (previous?.phoneTailHash ?? null),
    };
    await parcels.save(id, next);
    return { ...next, _id: id, _v: (previous?._v ?? 0) + 1 };
  }

  return { record, get: parcels.get };
}

export type ParcelTracker = ReturnType<typeof createParcelTracker>;
