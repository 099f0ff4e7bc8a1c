import type { Clock } from '../../ports/clock';
import type { Condition, DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import { SEEN_PUSHES } from '../../ports/seen-pushes';
import { RATE_LIMITS } from '../rate-limiter';

/** A push seen this long ago cannot come back as a replay any more (vendors retry for hours, not days). */
export const SEEN_PUSH_TTL_MS = 7 * 24 * 3600_000;
const BATCH = 500;
/** Per collection per run: a backlog is worked off over several runs instead of one long one. */
const MAX_BATCHES = 20;

export interface PurgeDeps {
  store: DocStore;
  clock: Clock;
  log: Logger;
}

/** Deletes what only mattered for a while: expired rate-limit windows and old push receipts. */
export function createPurgeExpired({ store, clock, log }: PurgeDeps) {
  async function purge(collection: string, field: string, before: number): Promise<number> {
    let removed = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const where: Record<string, Condition> = { [field]: { lt: before } };
      const expired = await store.find(collection, { where, limit: BATCH });
      for (const doc of expired) if (await store.remove(collection, doc._id)) removed += 1;
      if (expired.length < BATCH) break;
    }
    return removed;
  }

  return async function purgeExpired(): Promise<{ rateLimits: number; seenPushes: number }> {
    const now = clock.now();
    const result = {
      rateLimits: await purge(RATE_LIMITS, 'expiresAtMs', now),
      seenPushes: await purge(SEEN_PUSHES, 'atMs', now - SEEN_PUSH_TTL_MS),
    };
    log.info(result, 'housekeeping: purged expired records');
    return result;
  };
}
