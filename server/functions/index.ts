import type { FunctionName } from '../../types/functions';
import type { FunctionHandler } from './define-function';
import type { AppDeps } from './deps';
import type { TimerHandler } from './timer';
import { createLookupFunction } from './lookup.function';

/** Every user-called function by its registry name: what the local gateway serves. */
export function createAllFunctions(deps: AppDeps): Record<FunctionName, FunctionHandler> {
  return {
    lookup: createLookupFunction(deps),
  };
}

/** Every timer-triggered function by its folder name. */
export function createAllTimers(_deps: AppDeps): Record<string, TimerHandler> {
  return {};
}
