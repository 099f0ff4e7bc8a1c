import { createFollowFlag } from '../use-cases/follow/binding.repository';
import { createFollowedParcelTracker } from '../use-cases/follow/follower-notifications';
import { createLookup } from '../use-cases/tracking/lookup.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps } from './deps';

export function createLookupFunction(deps: AppDeps): FunctionHandler {
  return defineFunction(
    'lookup',
    createLookup({ ...deps, tracker: createFollowedParcelTracker(deps), following: createFollowFlag(deps.store) }),
    deps.log,
  );
}
