import type { DocStore } from '../../ports/doc-store';

export const LANE_STATS = 'lane_stats';
/** The most recent deliveries kept per lane: enough for stable percentiles, small enough to read in one go. */
export const LANE_SAMPLE = 200;
const HOUR = 3600_000;

/** Collection → delivery durations of one carrier's lane (origin city → destination city), newest last. */
export interface LaneRecord {
  carrier: string;
  originCity: string;
  destCity: string;
  hours: number[];
}

export const laneId = (carrier: string, originCity: string, destCity: string) => `${carrier}:${originCity}:${destCity}`;

/**
 * What parcels on a lane took, kept as one small document per lane and appended to when a parcel is
 * delivered, so an estimate costs one read instead of a query over delivered parcels.
 */
export function createLaneStatsRepository(store: DocStore) {
  return {
    async hours(carrier: string, originCity: string | null, destCity: string | null): Promise<number[]> {
      if (!originCity || !destCity) return [];
      return (await store.get<LaneRecord>(LANE_STATS, laneId(carrier, originCity, destCity)))?.hours ?? [];
    },

    /** After a parcel's first delivery is stored; a sample lost to a crash or a race only makes the estimate a little less sure. */
    async addDelivery(p: {
      carrier: string;
      originCity: string | null;
      destCity: string | null;
      collectedAtMs: number | null;
      deliveredAtMs: number | null;
    }) {
      if (!p.originCity || !p.destCity || p.collectedAtMs === null || p.deliveredAtMs === null) return;
      const hours = (p.deliveredAtMs - p.collectedAtMs) / HOUR;
      if (!(hours > 0)) return;
      const id = laneId(p.carrier, p.originCity, p.destCity);
      const lane = await store.get<LaneRecord>(LANE_STATS, id);
      if (lane)
        await store.update<LaneRecord>(LANE_STATS, id, { hours: [...lane.hours, hours].slice(-LANE_SAMPLE) }, { ifVersion: lane._v });
      else
        await store
          .insert<LaneRecord>(LANE_STATS, { _id: id, carrier: p.carrier, originCity: p.originCity, destCity: p.destCity, hours: [hours] })
          .catch(() => null);
    },
  };
}
