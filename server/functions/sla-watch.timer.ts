import { createSlaWatch } from '../use-cases/complaints/sla-watch.use-case';
import type { AppDeps } from './deps';
import type { TimerHandler } from './timer';

/** Every 10 minutes: missed complaint deadlines marked, escalated and told; 12305 answer windows reminded. */
export function createSlaWatchTimer(deps: AppDeps): TimerHandler {
  const watch = createSlaWatch(deps);
  return async () => {
    await watch();
  };
}
