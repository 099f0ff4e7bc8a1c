import type { z } from 'zod';
import { STAFF_ALERTS, staffInterceptFunctions } from '../../../types/intercepts';
import { beijingIso } from '../../../types/time';
import { AppError } from '../../domain/app-error';
import type { DocStore } from '../../ports/doc-store';
import type { InterceptEngine } from './intercept-engine';
import { INTERCEPTS, toInterceptView, type InterceptRecord } from './intercept.repository';

type Fns = typeof staffInterceptFunctions;
export type StaffInterceptName = keyof Fns;
export type StaffInterceptInput<N extends StaffInterceptName> = z.output<Fns[N]['request']>;
export type StaffInterceptAnswer<N extends StaffInterceptName> = z.infer<Fns[N]['response']>;

/** Who works the case in the console, as the staff identity says (never from request data). */
export interface StaffMember {
  username: string;
}

/** Intercepts that only a person can execute (no carrier credentials, or a hold at the outlet), oldest first. */
export function createStaffInterceptQueue(deps: { store: DocStore }) {
  return async function staffInterceptQueue(
    input: StaffInterceptInput<'staffInterceptQueue'>,
  ): Promise<StaffInterceptAnswer<'staffInterceptQueue'>> {
    const waiting = await deps.store.find<InterceptRecord>(INTERCEPTS, {
      where: { state: { in: ['SUBMITTED', 'ACCEPTED'] }, channel: 'STAFF' },
      orderBy: [{ field: 'submittedAtMs', direction: 'asc' }],
      limit: input.limit,
    });
    return { items: waiting.map((r) => ({ ...toInterceptView(r), waitingSince: beijingIso(r.submittedAtMs ?? r.createdAtMs) })) };
  };
}

/** Intercepts the machine flagged for a person, latest change first: what went wrong stays on the record. */
export function createStaffInterceptAlerts(deps: { store: DocStore }) {
  return async function staffInterceptAlerts(
    input: StaffInterceptInput<'staffInterceptAlerts'>,
  ): Promise<StaffInterceptAnswer<'staffInterceptAlerts'>> {
    const flagged = await deps.store.find<InterceptRecord>(INTERCEPTS, {
      where: { staffAlert: { in: [...STAFF_ALERTS] } },
      orderBy: [{ field: 'updatedAtMs', direction: 'desc' }],
      limit: input.limit,
    });
    return { items: flagged.map((r) => ({ ...toInterceptView(r), alert: r.staffAlert!, resolvedBy: r.resolvedBy })) };
  };
}

/** Staff record what the carrier did; a failure refunds the user in full, and the note is what the user reads. */
export function createStaffResolveIntercept(deps: { engine: InterceptEngine }) {
  return async function staffResolveIntercept(
    input: StaffInterceptInput<'staffResolveIntercept'>,
    staff: StaffMember,
  ): Promise<StaffInterceptAnswer<'staffResolveIntercept'>> {
    const note = input.note || undefined;
    const done = await deps.engine.apply(
      input.id,
      { type: 'OUTCOME', result: input.outcome, source: 'STAFF', note },
      { patch: { resolvedBy: staff.username } },
    );
    if (!done) throw new AppError('NOT_FOUND', '没有找到这个拦截申请');
    if (done.outcome !== 'APPLIED') throw new AppError('NOT_ALLOWED_IN_STATE', '这个拦截已经有结果了，或还没有提交处理');
    return { intercept: toInterceptView(done.record) };
  };
}
