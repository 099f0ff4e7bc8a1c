import type { FunctionResponse, ParsedRequest } from '../../../types/functions';
import { AppError } from '../../domain/app-error';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Payments } from '../../ports/payments';
import { createRateLimiter } from '../rate-limiter';
import { requirePayments } from './assess-parcel';
import type { InterceptEngine } from './intercept-engine';
import { createInterceptRepository, toInterceptView } from './intercept.repository';

export interface ManageInterceptsDeps {
  store: DocStore;
  clock: Clock;
  payments: Payments | null;
  engine: InterceptEngine;
}

const NOT_FOUND = '没有找到这个拦截申请';
/** Coming back from the pay sheet asks WeChat Pay each time: bounded per user. */
const GET_LIMIT = { max: 60, windowMs: 60_000 } as const;

/**
 * One intercept of the caller's. Coming back from paying, the client calls this: while the order
 * is unpaid we ask WeChat Pay for its state (query-on-return) rather than take the client's word.
 */
export function createGetIntercept(deps: ManageInterceptsDeps) {
  const intercepts = createInterceptRepository(deps.store);
  const limit = createRateLimiter(deps.store, deps.clock, GET_LIMIT);
  return async function getIntercept(input: ParsedRequest<'getIntercept'>, caller: Caller): Promise<FunctionResponse<'getIntercept'>> {
    await limit(`getIntercept:${caller.openid}`, '刷新太频繁了，请稍后再试');
    const record = await intercepts.ofUser(input.id, caller.openid);
    if (!record) throw new AppError('NOT_FOUND', NOT_FOUND);
    const unpaid = record.state === 'REQUESTED' || record.state === 'PAYMENT_PENDING';
    if (!unpaid || !deps.payments) return { intercept: toInterceptView(record) };
    // TIMER in an unpaid state asks for the order; a payment found there is applied like its notification.
    const now = await deps.engine.apply(record._id, { type: 'TIMER' });
    return { intercept: toInterceptView(now?.record ?? record) };
  };
}

/** The caller's intercepts, newest first. */
export function createListIntercepts(deps: Pick<ManageInterceptsDeps, 'store'>) {
  const intercepts = createInterceptRepository(deps.store);
  return async function listIntercepts(
    _input: ParsedRequest<'listIntercepts'>,
    caller: Caller,
  ): Promise<FunctionResponse<'listIntercepts'>> {
    return { items: (await intercepts.listOfUser(caller.openid)).map(toInterceptView) };
  };
}

/** Withdraw before submission: an unpaid order is closed, a paid one refunded in full. */
export function createCancelIntercept(deps: ManageInterceptsDeps) {
  const intercepts = createInterceptRepository(deps.store);
  return async function cancelIntercept(
    input: ParsedRequest<'cancelIntercept'>,
    caller: Caller,
  ): Promise<FunctionResponse<'cancelIntercept'>> {
    const record = await intercepts.ofUser(input.id, caller.openid);
    if (!record) throw new AppError('NOT_FOUND', NOT_FOUND);
    requirePayments(deps.payments);
    const done = await deps.engine.apply(record._id, { type: 'CANCEL' });
    if (!done || done.outcome === 'REJECTED') throw new AppError('NOT_ALLOWED_IN_STATE', '已经提交快递公司处理，不能取消了');
    return { intercept: toInterceptView(done.record) };
  };
}
