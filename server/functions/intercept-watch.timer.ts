import { createInterceptEngine } from '../use-cases/intercepts/intercept-engine';
import { createInterceptWatch } from '../use-cases/intercepts/intercept-watch.use-case';
import type { AppDeps } from './deps';
import { createAppTracker } from './parcel-tracker';
import type { TimerHandler } from './timer';

/** Every minute: payment deadlines, submissions and refunds still owed, outcomes overdue, timelines read again. */
export function createInterceptWatchTimer(deps: AppDeps): TimerHandler {
  const watch = createInterceptWatch({ ...deps, tracker: createAppTracker(deps), engine: createInterceptEngine(deps) });
  return async () => {
    const { visited } = await watch();
    if (visited) deps.log.info({ visited }, 'intercepts watched');
  };
}
