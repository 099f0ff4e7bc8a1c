import { createFollowFlag } from '../use-cases/follow/binding.repository';
import { createCheckIntercept } from '../use-cases/intercepts/check-intercept.use-case';
import { createInterceptEngine } from '../use-cases/intercepts/intercept-engine';
import { createInterceptParcels } from '../use-cases/intercepts/intercept-parcel';
import { createCancelIntercept, createGetIntercept, createListIntercepts } from '../use-cases/intercepts/manage-intercepts.use-case';
import { createRequestIntercept } from '../use-cases/intercepts/request-intercept.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps } from './deps';
import { createAppTracker } from './parcel-tracker';

const parcelsOf = (deps: AppDeps) =>
  createInterceptParcels({ ...deps, tracker: createAppTracker(deps), following: createFollowFlag(deps.store) });

export const createCheckInterceptFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('checkIntercept', createCheckIntercept({ ...deps, parcels: parcelsOf(deps) }), deps.log);
export const createRequestInterceptFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction(
    'requestIntercept',
    createRequestIntercept({ ...deps, parcels: parcelsOf(deps), engine: createInterceptEngine(deps) }),
    deps.log,
  );
export const createGetInterceptFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('getIntercept', createGetIntercept({ ...deps, engine: createInterceptEngine(deps) }), deps.log);
export const createListInterceptsFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('listIntercepts', createListIntercepts(deps), deps.log);
export const createCancelInterceptFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('cancelIntercept', createCancelIntercept({ ...deps, engine: createInterceptEngine(deps) }), deps.log);
