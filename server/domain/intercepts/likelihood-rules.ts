import type { Likelihood } from '../../../types/intercepts';
import type { ParcelStatus } from '../../../types/tracking';
import { provinceOf } from '../tracking/cities';

export type DistanceLeft = 'SAME_CITY' | 'SAME_PROVINCE' | 'OTHER_PROVINCE' | 'UNKNOWN';

export interface LikelihoodInput {
  status: ParcelStatus;
  nowMs: number;
  /** Time of the newest event, or null without events. */
  lastEventAtMs: number | null;
  distance: DistanceLeft;
  /** Earlier intercepts at this carrier in our own store, by final outcome. */
  pastOutcomes: { succeeded: number; failed: number };
}

const HOUR = 3_600_000;
/** Below this many finished intercepts a carrier's own record says too little to count. */
export const MIN_PAST_OUTCOMES = 5;

/** Starting chance by stage: early is easy, the destination city is a race with the courier. */
const BASE: Partial<Record<ParcelStatus, number>> = {
  COLLECTED: 0.85,
  IN_TRANSIT: 0.75,
  ARRIVED_DEST_CITY: 0.4,
  EXCEPTION: 0.5,
  UNKNOWN: 0.5,
};

const STAGE_TEXT: Partial<Record<ParcelStatus, string>> = {
  COLLECTED: '包裹刚揽收',
  IN_TRANSIT: '包裹还在运输途中',
  ARRIVED_DEST_CITY: '包裹已到目的地城市，随时可能派送',
  EXCEPTION: '包裹异常，快递公司处理中',
  UNKNOWN: '暂时无法确认包裹位置',
};

export const BAND_LABEL = { LIKELY: '很可能成功', RISKY: '有风险', UNLIKELY: '很可能失败' } as const;

/** The chance an intercept succeeds, as a plain band with the reasons that weigh most. */
export function interceptLikelihood(input: LikelihoodInput): Likelihood {
  let score = BASE[input.status] ?? 0.1;
  const reasons: { text: string; weight: number }[] = [{ text: STAGE_TEXT[input.status] ?? '包裹已接近收件人', weight: 1 - score }];

  if (input.distance === 'OTHER_PROVINCE') {
    score += 0.1;
    reasons.push({ text: '离目的地还远，时间充足', weight: 0.1 });
  } else if (input.distance === 'SAME_CITY') {
    score -= 0.25;
    reasons.push({ text: '已在收件城市，时间很紧', weight: 0.25 });
  }

  const quietHours = input.lastEventAtMs === null ? null : (input.nowMs - input.lastEventAtMs) / HOUR;
  if (quietHours !== null && quietHours > 48) {
    score -= 0.15;
    reasons.push({ text: `物流已 ${Math.floor(quietHours / 24)} 天没更新，位置不确定`, weight: 0.15 });
  }

  const { succeeded, failed } = input.pastOutcomes;
  const finished = succeeded + failed;
  if (finished >= MIN_PAST_OUTCOMES) {
    const rate = succeeded / finished;
    score = 0.6 * score + 0.4 * rate;
    reasons.push({ text: `这家快递以往拦截成功率 ${Math.round(rate * 100)}%`, weight: Math.abs(rate - 0.7) });
  }

  const band = score >= 0.7 ? 'LIKELY' : score >= 0.4 ? 'RISKY' : 'UNLIKELY';
  const top = reasons.sort((a, b) => b.weight - a.weight).slice(0, 2);
  return { band, label: BAND_LABEL[band], reason: top.map((r) => r.text).join('，') };
}

/** Same city / same province / other province between where the parcel is and where it goes. */
export function distanceLeft(currentCity: string | null, destinationCity: string | null): DistanceLeft {
  if (!currentCity || !destinationCity) return 'UNKNOWN';
  if (currentCity === destinationCity) return 'SAME_CITY';
  const [from, to] = [provinceOf(currentCity), provinceOf(destinationCity)];
  if (!from || !to) return 'UNKNOWN';
  return from === to ? 'SAME_PROVINCE' : 'OTHER_PROVINCE';
}
