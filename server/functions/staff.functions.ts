import type { StaffFunctionName } from '../../types/staff';
import { createStaffCases } from '../use-cases/staff/staff-cases.use-case';
import { createFollowedParcelTracker } from '../use-cases/follow/follower-notifications';
import { defineStaffFunction, type StaffHandler } from './define-staff-function';
import type { AppDeps } from './deps';
import { createStaffInterceptFunctions } from './staff-intercepts.functions';

/** Every staff function by its registry name: what the console's API serves. */
export function createAllStaffFunctions(deps: AppDeps): Record<StaffFunctionName, StaffHandler> {
  const cases = createStaffCases({ ...deps, tracker: createFollowedParcelTracker(deps) });
  return {
    staffQueue: defineStaffFunction('staffQueue', cases.queue, deps.log),
    staffGetCase: defineStaffFunction('staffGetCase', cases.get, deps.log),
    staffReply: defineStaffFunction('staffReply', cases.reply, deps.log),
    staffResolve: defineStaffFunction('staffResolve', cases.resolve, deps.log),
    staffAssign: defineStaffFunction('staffAssign', cases.assign, deps.log),
    staffSetTier: defineStaffFunction('staffSetTier', cases.setTier, deps.log),
    staffRevealContact: defineStaffFunction('staffRevealContact', cases.revealContact, deps.log),
    staffReport: defineStaffFunction('staffReport', cases.report, deps.log),
    ...createStaffInterceptFunctions(deps),
  };
}
