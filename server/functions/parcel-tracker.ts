import { createFollowerNotifications } from '../use-cases/follow/follower-notifications';
import { createInterceptVerdicts } from '../use-cases/intercepts/intercept-verdicts';
import { combineObservers } from '../use-cases/tracking/parcel-observers';
import { createParcelTracker } from '../use-cases/tracking/track-parcel';
import type { AppDeps } from './deps';

/**
 * The tracker every function records traces with: followers hear of new milestones, and the
 * timeline confirms or contradicts open intercepts, in the transaction that stores the trace.
 * Tracking knows neither; they meet here.
 */
export function createAppTracker(deps: AppDeps) {
  return createParcelTracker(
    deps,
    combineObservers(createFollowerNotifications(deps.store), createInterceptVerdicts(deps.store, deps.log)),
  );
}
