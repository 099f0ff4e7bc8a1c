import type { StaffFunctionName } from '../../types/staff';
import type { staffInterceptFunctions } from '../../types/intercepts';
import { createInterceptEngine } from '../use-cases/intercepts/intercept-engine';
import {
  createStaffInterceptAlerts,
  createStaffInterceptQueue,
  createStaffResolveIntercept,
} from '../use-cases/intercepts/staff-intercepts.use-case';
import { defineStaffFunction, type StaffHandler } from './define-staff-function';
import type { AppDeps } from './deps';

type StaffInterceptName = keyof typeof staffInterceptFunctions & StaffFunctionName;

/**
 * The console's intercept tasks, wrapped like every staff function (a staff token, the request
 * parsed, the envelope out): served by the console's API next to the complaint functions.
 */
export function createStaffInterceptFunctions(deps: AppDeps): Record<StaffInterceptName, StaffHandler> {
  const resolve = createStaffResolveIntercept({ engine: createInterceptEngine(deps) });
  return {
    staffInterceptQueue: defineStaffFunction('staffInterceptQueue', createStaffInterceptQueue(deps), deps.log),
    staffInterceptAlerts: defineStaffFunction('staffInterceptAlerts', createStaffInterceptAlerts(deps), deps.log),
    staffResolveIntercept: defineStaffFunction('staffResolveIntercept', resolve, deps.log),
  };
}
