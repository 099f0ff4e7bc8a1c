import { staffInterceptFunctions } from '../../types/intercepts';
import type { Envelope } from '../../types/envelope';
import { createInterceptEngine } from '../use-cases/intercepts/intercept-engine';
import {
  createStaffInterceptQueue,
  createStaffResolveIntercept,
  type StaffInterceptInput,
  type StaffMember,
} from '../use-cases/intercepts/staff-intercepts.use-case';
import { answer } from './define-function';
import type { AppDeps } from './deps';

/** A staff function: raw event in, envelope out; the staff member comes from the console's own identity, never from the event. */
export type StaffHandler = (event: unknown, staff: StaffMember | null) => Promise<Envelope<unknown>>;

const forbidden: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: '请先登录客服工作台' } };

/** For the console's HTTP API (mounted by the staff API, next to the complaint functions). */
export function createStaffInterceptQueueFunction(deps: AppDeps): StaffHandler {
  const queue = createStaffInterceptQueue(deps);
  return async (event, staff) =>
    staff
      ? answer(
          'staffInterceptQueue',
          staffInterceptFunctions.staffInterceptQueue.request,
          event,
          (input) => queue(input as StaffInterceptInput<'staffInterceptQueue'>),
          deps.log,
        )
      : forbidden;
}

export function createStaffResolveInterceptFunction(deps: AppDeps): StaffHandler {
  const resolve = createStaffResolveIntercept({ engine: createInterceptEngine(deps) });
  return async (event, staff) =>
    staff
      ? answer(
          'staffResolveIntercept',
          staffInterceptFunctions.staffResolveIntercept.request,
          event,
          (input) => resolve(input as StaffInterceptInput<'staffResolveIntercept'>, staff),
          deps.log,
        )
      : forbidden;
}

/** Both, by their names in `staffInterceptFunctions`. */
export function createStaffInterceptFunctions(deps: AppDeps): Record<keyof typeof staffInterceptFunctions, StaffHandler> {
  return { staffInterceptQueue: createStaffInterceptQueueFunction(deps), staffResolveIntercept: createStaffResolveInterceptFunction(deps) };
}
