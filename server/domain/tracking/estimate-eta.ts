import { BEIJING_OFFSET_MINUTES, beijingIso } from '../../../types/time';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Eta, ParcelStatus } from '../../../types';
import { provinceOf } from './cities';

dayjs.extend(utc);

const HOUR = 3600_000;
const iso = beijingIso;
const beijing = (ms: number) => dayjs(ms).utcOffset(BEIJING_OFFSET_MINUTES);

export interface LaneStats {
  samples: number;
  /** Collection → delivery, 20th and 80th percentile, hours. */
  p20Hours: number;
  p80Hours: number;
}

/** Lane statistics need this many delivered parcels before they beat the defaults. */
export const MIN_LANE_SAMPLES = 5;

/** Default transit in days after collection, by how far the parcel goes. */
export const DEFAULT_DAYS = {
  sameCity: [1, 2],
  sameProvince: [1, 3],
  elsewhere: [2, 4],
} as const;

function percentile(sorted: number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function laneStatsFrom(durationsHours: number[]): LaneStats | null {
  const valid = durationsHours.filter((h) => Number.isFinite(h) && h > 0).sort((a, b) => a - b);
  if (valid.length === 0) return null;
  return { samples: valid.length, p20Hours: percentile(valid, 0.2), p80Hours: percentile(valid, 0.8) };
}

export interface EtaInput {
  carrier: string;
  status: ParcelStatus;
  carrierEta: { from: string; to: string } | null;
  originCity: string | null;
  destCity: string | null;
  collectedAtMs: number | null;
  lastEventMs: number | null;
  lane: LaneStats | null;
  nowMs: number;
}

const DONE: ReadonlySet<ParcelStatus> = new Set(['DELIVERED', 'RETURNED', 'RETURNING', 'AWAITING_PICKUP']);

function defaultDays(origin: string | null, dest: string | null): readonly [number, number] {
  if (origin && dest && origin === dest) return DEFAULT_DAYS.sameCity;
  const po = origin && provinceOf(origin);
  if (po && dest && po === provinceOf(dest)) return DEFAULT_DAYS.sameProvince;
  return DEFAULT_DAYS.elsewhere;
}

/** Never promise a day that is already over. */
function notBefore(eta: Eta, nowMs: number): Eta {
  if (Date.parse(eta.to) >= nowMs) return eta;
  const endOfToday = beijing(nowMs).endOf('day').valueOf();
  return { ...eta, from: iso(nowMs), to: iso(endOfToday), confidence: Math.min(eta.confidence, 0.3) };
}

/**
 * When the parcel will arrive, as a range with a confidence: the carrier's own estimate first,
 * then what parcels on the same lane took, then defaults by distance.
 */
export function estimateEta(input: EtaInput): Eta | null {
  const { status, nowMs } = input;
  if (DONE.has(status)) return null;
  if (status === 'OUT_FOR_DELIVERY') {
    const today = beijing(nowMs);
    return { from: iso(nowMs), to: iso(today.hour(21).minute(0).second(0).valueOf()), confidence: 0.85, source: 'CARRIER' };
  }
  if (input.carrierEta) return notBefore({ ...input.carrierEta, confidence: 0.8, source: 'CARRIER' }, nowMs);
  const start = input.collectedAtMs ?? input.lastEventMs;
  if (start === null) return null;
  if (input.lane && input.lane.samples >= MIN_LANE_SAMPLES) {
    const confidence = Math.min(0.75, 0.4 + input.lane.samples / 100);
    return notBefore(
      { from: iso(start + input.lane.p20Hours * HOUR), to: iso(start + input.lane.p80Hours * HOUR), confidence, source: 'LANE_STATS' },
      nowMs,
    );
  }
  const [minDays, maxDays] = defaultDays(input.originCity, input.destCity);
  const day0 = beijing(start).startOf('day');
  return notBefore(
    {
      from: iso(day0.add(minDays, 'day').hour(9).valueOf()),
      to: iso(day0.add(maxDays, 'day').endOf('day').valueOf()),
      confidence: 0.3,
      source: 'DEFAULT',
    },
    nowMs,
  );
}
