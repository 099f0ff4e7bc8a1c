import { AppError } from '../domain/app-error';
import type { Clock } from '../ports/clock';
import type { DocStore } from '../ports/doc-store';

export const RATE_LIMITS = 'rate_limits';

export interface Limit {
  max: number;
  windowMs: number;
}

/**
 * Fixed-window counters per key, kept in the store so that every instance of a cloud function
 * shares them. Windows are keyed by their start, so an old window is never reused; each counter
 * says when it expires, for the housekeeping timer to purge.
 */
function windowCounter(store: DocStore, clock: Clock, limit: Limit) {
  return async function count(key: string, by: number): Promise<{ before: number; after: number }> {
    const windowStart = Math.floor(clock.now() / limit.windowMs) * limit.windowMs;
    const id = `${key}@${windowStart}`;
    const after = await store.increment(RATE_LIMITS, id, 'count', by);
    if (after === by) await store.update(RATE_LIMITS, id, { expiresAtMs: windowStart + limit.windowMs });
    return { before: after - by, after };
  };
}

/** One hit per call; past the limit the call is refused with RATE_LIMITED. */
export function createRateLimiter(store: DocStore, clock: Clock, limit: Limit) {
  const count = windowCounter(store, clock, limit);
  return async function hit(key: string, message = '查询太频繁了，请稍后再试'): Promise<void> {
    if ((await count(key, 1)).after > limit.max) throw new AppError('RATE_LIMITED', message);
  };
}

/** A share taken in bulk: asks for `wanted` units and gets what is left of the window's limit (maybe 0). */
export function createQuota(store: DocStore, clock: Clock, limit: Limit) {
  const count = windowCounter(store, clock, limit);
  return async function take(key: string, wanted: number): Promise<number> {
    if (wanted <= 0) return 0;
    const { before } = await count(key, wanted);
    return Math.max(0, Math.min(wanted, limit.max - before));
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
