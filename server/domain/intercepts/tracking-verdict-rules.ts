import type { InterceptType } from '../../../types/intercepts';
import type { TrackingEvent } from '../../../types/tracking';

export type TrackingVerdict = 'CONFIRMS' | 'CONTRADICTS' | 'UNDECIDED';

export interface TrackingVerdictInput {
  type: InterceptType;
  /** Only events after this moment speak about the intercept. */
  submittedAtMs: number;
  /** REDIRECT: the new address's city in our short form (苏州), when known. */
  newCity: string | null;
  /** Newest first, as a Parcel holds them. */
  events: TrackingEvent[];
}

const RETURN_WORDS = /退回|退件|返回寄件|拦截成功|原路返回/;
const REDIRECT_WORDS = /改址|转寄|更改地址|地址变更|转递/;
const HANDED_OVER = new Set(['DELIVERED', 'AWAITING_PICKUP']);

/**
 * Whether the parcel's timeline bears out an intercept: a return that shows up completes it, a
 * delivery to the old address proves it failed. Oldest evidence first, so the first decisive
 * event after submission wins.
 */
export function trackingVerdict(input: TrackingVerdictInput): TrackingVerdict {
  const after = input.events.filter((e) => Date.parse(e.time) > input.submittedAtMs).reverse();
  for (const e of after) {
    const verdict = readEvent(input, e);
    if (verdict !== 'UNDECIDED') return verdict;
  }
  return 'UNDECIDED';
}

function readEvent(input: TrackingVerdictInput, e: TrackingEvent): TrackingVerdict {
  switch (input.type) {
    case 'RETURN':
      if (e.status === 'RETURNING' || e.status === 'RETURNED' || RETURN_WORDS.test(e.text)) return 'CONFIRMS';
      return HANDED_OVER.has(e.status) ? 'CONTRADICTS' : 'UNDECIDED';
    case 'HOLD':
      if (e.status === 'AWAITING_PICKUP') return 'CONFIRMS';
      return e.status === 'DELIVERED' ? 'CONTRADICTS' : 'UNDECIDED';
    case 'REDIRECT':
      if (REDIRECT_WORDS.test(e.text)) return 'CONFIRMS';
      if (!HANDED_OVER.has(e.status) || !input.newCity || !e.city) return 'UNDECIDED';
      return e.city.includes(input.newCity) ? 'CONFIRMS' : 'CONTRADICTS';
  }
}
