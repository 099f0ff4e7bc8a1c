import { createPurgeExpired } from '../use-cases/housekeeping/purge-expired.use-case';
import type { AppDeps } from './deps';
import type { TimerHandler } from './timer';

/** Every hour: purge what only mattered for a while (rate-limit windows, push receipts). */
export function createHousekeepingTimer(deps: AppDeps): TimerHandler {
  const purge = createPurgeExpired(deps);
  return async () => {
    await purge();
  };
}
