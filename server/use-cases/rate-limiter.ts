import { AppError } from '../domain/app-error';
import type { Clock } from '../ports/clock';
import type { DocStore } from '../ports/doc-store';

export const RATE_LIMITS = 'rate_limits';

/**
 * A fixed-window limit per key, counted in the store so that every instance of a cloud function
 * shares it. Windows are keyed by their start, so an old window is never reused; each window's
 * counter says when it expires, for the housekeeping timer to purge.
 */
export function createRateLimiter(store: DocStore, clock: Clock, limit: { max: number; windowMs: number }) {
  return async function hit(key: string, message = '查询太频繁了，请稍后再试'): Promise<void> {
    const windowStart = Math.floor(clock.now() / limit.windowMs) * limit.windowMs;
    const id = `${key}@${windowStart}`;
    const count = await store.increment(RATE_LIMITS, id, 'count', 1);
    if (count === 1) await store.update(RATE_LIMITS, id, { expiresAtMs: windowStart + limit.windowMs });
    if (count > limit.max) throw new AppError('RATE_LIMITED', message);
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
