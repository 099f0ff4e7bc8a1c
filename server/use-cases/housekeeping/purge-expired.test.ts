import { SqliteDocStore } from '../../adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../adapters/system/system-clock';
import { storeSeenPushes } from '../../adapters/carriers/push-verifier.factory';
import { silentLog } from '../../../test/support/app-deps';
import { RATE_LIMITS, createRateLimiter } from '../rate-limiter';
import { SEEN_PUSHES } from '../../ports/seen-pushes';
import { SEEN_PUSH_TTL_MS, createPurgeExpired } from './purge-expired.use-case';

const MINUTE = 60_000;

test('regression: rate-limit windows and push receipts were never purged; the hourly run deletes the expired ones only', async () => {
  const store = new SqliteDocStore(':memory:');
  const clock = new ManualClock(Date.parse('2026-11-23T10:00:00+08:00'));
  const limit = createRateLimiter(store, clock, { max: 2, windowMs: MINUTE });
  const seen = storeSeenPushes(store, clock);
  const purge = createPurgeExpired({ store, clock, log: silentLog });

  for (let user = 0; user < 30; user += 1) await limit(`lookup:o_${user}`);
  await seen.add('kdniao:old-push');
  clock.advance(SEEN_PUSH_TTL_MS + MINUTE);
  await seen.add('kdniao:recent-push');
  await limit('lookup:o_now');
  await limit('lookup:o_now');

  expect(await purge()).toEqual({ rateLimits: 30, seenPushes: 1 });
  expect(await store.count(RATE_LIMITS)).toBe(1);
  expect(await store.count(SEEN_PUSHES)).toBe(1);
  expect(await seen.has('kdniao:recent-push')).toBe(true);
  // The window still running keeps counting after a purge.
  await expect(limit('lookup:o_now')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
});
