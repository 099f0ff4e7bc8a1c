import { createFollowFlag } from '../use-cases/follow/binding.repository';
import { createLookup } from '../use-cases/tracking/lookup.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps } from './deps';
import { createAppTracker } from './parcel-tracker';

export function createLookupFunction(deps: AppDeps): FunctionHandler {
  return defineFunction(
    'lookup',
    createLookup({ ...deps, tracker: createAppTracker(deps), following: createFollowFlag(deps.store) }),
    deps.log,
  );
}
