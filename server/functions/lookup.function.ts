import { createFollowedParcelTracker } from '../use-cases/follow/follower-notifications';
import { createLookup } from '../use-cases/tracking/lookup.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps } from './deps';

export function createLookupFunction(deps: AppDeps): FunctionHandler {
  return defineFunction('lookup', createLookup({ ...deps, tracker: createFollowedParcelTracker(deps) }), deps.log);
}
