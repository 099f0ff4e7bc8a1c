import { createHash } from 'node:crypto';
import { computeAlerts } from '../../domain/tracking/parcel-alerts';
import { estimateEta, laneStatsFrom } from '../../domain/tracking/estimate-eta';
import { normalizeTrace } from '../../domain/tracking/normalize-trace';
import { newMilestones } from '../../domain/follow/milestones';
import { createBindingRepository, type BindingRecord } from '../follow/binding.repository';
import { notifyFollowers } from '../follow/notify-followers';
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
 * callbacks alike: normalize, estimate the arrival, compute alerts, then save the parcel and
 * notify its followers of new milestones in one transaction. A trace already stored changes
 * nothing, so replays and overlapping runs notify nobody twice.
 */
export function createParcelTracker(store: DocStore, clock: Clock) {
  const parcels = createParcelRepository(store);
  const bindings = createBindingRepository(store);

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
    const current = await parcels.get(id);
    // Followers are read before the transaction: 云开发 transactions allow document operations only.
    const followers = current?.monitor?.followers ? await bindings.followersOf(id) : [];
    return store.transaction((tx) => apply(tx, { id, trace, phoneTail, normalized, lane, lastEventMs, nowMs, followers }));
  }

  interface Update {
    id: string;
    trace: CarrierTrace;
    phoneTail: string | undefined;
    normalized: ReturnType<typeof normalizeTrace>;
    lane: ReturnType<typeof laneStatsFrom>;
    lastEventMs: number | null;
    nowMs: number;
    followers: BindingRecord[];
  }

  async function apply(
    tx: DocStore,
    { id, trace, phoneTail, normalized, lane, lastEventMs, nowMs, followers }: Update,
  ): Promise<StoredDoc<ParcelRecord>> {
    const previous = await parcelsIn(tx).get(id);
    const next: ParcelRecord = {
      carrier: trace.carrier,
      waybillNo: trace.waybillNo,
      source: trace.source,
      status: normalized.status,
      reason: normalized.reason,
      alerts: computeAlerts({ status: normalized.status, events: normalized.events, nowMs }),
      events: normalized.events,
      courier: normalized.courier,
      pickup: normalized.pickup,
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
    const hits = newMilestones(previous, next, nowMs);
    const moved = !previous || previous.events[0]?.time !== next.events[0]?.time || previous.alerts.join() !== next.alerts.join();
    next.changedAtMs = moved ? nowMs : (previous?.changedAtMs ?? nowMs);
    await parcelsIn(tx).save(id, next);
    if (hits.length && followers.length)
      await notifyFollowers(tx, { id, carrier: trace.carrier, waybillNo: trace.waybillNo }, followers, hits, nowMs);
    return { ...previous, ...next, _id: id, _v: (previous?._v ?? 0) + 1 };
  }

  const parcelsIn = (tx: DocStore) => createParcelRepository(tx);

  return { record, get: parcels.get };
}

export type ParcelTracker = ReturnType<typeof createParcelTracker>;
