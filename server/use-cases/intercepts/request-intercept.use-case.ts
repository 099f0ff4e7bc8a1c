import { loadInterceptFees, type InterceptFees } from '../../../config/intercept-fees';
import { regionNames } from '../../../types/china-regions';
import type { FunctionResponse, ParsedRequest } from '../../../types/functions';
import type { NewAddress } from '../../../types/intercepts';
import { beijingIso } from '../../../types/time';
import { AppError } from '../../domain/app-error';
import { toChinaText } from '../../domain/complaints/china-time';
import { INITIAL_MACHINE } from '../../domain/intercepts/intercept-machine';
import { TYPE_LABEL } from '../../domain/intercepts/intercept-notes';
import { checkProofOfRight, proofLockedUntil, proofMessage } from '../../domain/intercepts/proof-rules';
import { nextCheckAtMs, PAY_WINDOW_MS } from '../../domain/intercepts/watch-rules';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Ids } from '../../ports/ids';
import type { Logger } from '../../ports/logger';
import type { Payments } from '../../ports/payments';
import type { Sealer } from '../../ports/sealer';
import { createRateLimiter } from '../rate-limiter';
import { parcelId } from '../tracking/parcel.repository';
import { assessParcel, feeFor, requirePayments } from './assess-parcel';
import { INTERCEPT_LIMIT } from './check-intercept.use-case';
import type { InterceptEngine } from './intercept-engine';
import type { InterceptParcels } from './intercept-parcel';
import {
  createInterceptRepository,
  INTERCEPTS,
  toInterceptView,
  type InterceptAddress,
  type InterceptRecord,
} from './intercept.repository';
import { createProofTries } from './proof-tries.repository';

export interface RequestInterceptDeps {
  store: DocStore;
  clock: Clock;
  ids: Ids;
  log: Logger;
  sealer: Sealer;
  payments: Payments | null;
  parcels: InterceptParcels;
  engine: InterceptEngine;
  fees?: InterceptFees;
}

/** Someone else's intercept of the parcel is under way: a second one would pay twice for one parcel. */
const BUSY = ['PAID', 'SUBMITTED', 'ACCEPTED', 'SUCCEEDED'] as const;
const UNPAID = ['REQUESTED', 'PAYMENT_PENDING'] as const;

function address(a: NewAddress): InterceptAddress {
  const names = regionNames(a);
  // The schema checked the codes nest; a table that changed since is a bad request all the same.
  if (!names) throw new AppError('INVALID_INPUT', '所选省市区不匹配，请重新选择');
  return { ...a, ...names };
}

/**
 * Ask for an intercept: prove the right to ask (phone tail, locked after five wrong tries), check it
 * is still possible, then record it and place the WeChat Pay order. Nothing is written for a
 * request that fails before the order, except the wrong try itself.
 */
export function createRequestIntercept(deps: RequestInterceptDeps) {
  const fees = deps.fees ?? loadInterceptFees();
  const limit = createRateLimiter(deps.store, deps.clock, INTERCEPT_LIMIT);
  const intercepts = createInterceptRepository(deps.store);
  const tries = createProofTries(deps.store);

  async function proveRight(input: ParsedRequest<'requestIntercept'>, caller: Caller, carrier: string) {
    const pid = parcelId(carrier, input.waybillNo);
    const wrongTriesMs = await tries.of(caller.openid, pid);
    const lockedUntil = proofLockedUntil(wrongTriesMs, deps.clock.now());
    if (lockedUntil !== null)
      throw new AppError('RATE_LIMITED', proofMessage({ result: 'LOCKED', lockedUntilMs: lockedUntil }, toChinaText)!);
    const found = await deps.parcels.proven(carrier, input.waybillNo, input.phoneTail);
    const nowMs = deps.clock.now();
    const verdict = checkProofOfRight({ given: input.phoneTail, knownTails: [], carrierCheck: found.carrierCheck, wrongTriesMs, nowMs });
    if (verdict.result === 'WRONG') {
      await tries.addWrong(caller.openid, pid, nowMs);
      throw new AppError(verdict.lockedUntilMs === null ? 'NEEDS_PHONE_TAIL' : 'RATE_LIMITED', proofMessage(verdict, toChinaText)!);
    }
    if (!('record' in found) || verdict.result === 'LOCKED') throw new AppError('NEEDS_PHONE_TAIL');
    return { record: found.record, proof: verdict.result };
  }

  /** An earlier request of the same user left unpaid is withdrawn (its order closed); a paid one elsewhere blocks. */
  async function clearTheWay(pid: string, caller: Caller) {
    const open = await intercepts.ofParcel(pid, [...BUSY, ...UNPAID]);
    if (open.some((r) => (BUSY as readonly string[]).includes(r.state)))
      throw new AppError('NOT_ALLOWED_IN_STATE', '这个包裹已有拦截申请在处理中');
    for (const r of open) if (r.openid === caller.openid) await deps.engine.apply(r._id, { type: 'CANCEL' });
  }

  return async function requestIntercept(
    input: ParsedRequest<'requestIntercept'>,
    caller: Caller,
  ): Promise<FunctionResponse<'requestIntercept'>> {
    const payments = requirePayments(deps.payments);
    await limit(`intercept:${caller.openid}`, '操作太频繁了，请稍后再试');
    const carrier = await deps.parcels.settleCarrier(input.waybillNo, input.carrier);
    const { record: parcel, proof } = await proveRight(input, caller, carrier);
    const a = assessParcel(parcel, deps.clock.now(), fees, await intercepts.pastOutcomes(carrier));
    if (a.eligibility === 'REFUSED') throw new AppError('NOT_ALLOWED_IN_STATE', a.reason);
    const newAddress = input.newAddress ? address(input.newAddress) : null;
    const feeFen = feeFor(a, fees, carrier, input.type, newAddress?.provinceCode ?? null);
    await clearTheWay(parcel._id, caller);

    const nowMs = deps.clock.now();
    const id = `IC${deps.ids.next()}`;
    const payDeadlineMs = nowMs + PAY_WINDOW_MS;
    const record: InterceptRecord = {
      openid: caller.openid,
      carrier,
      waybillNo: input.waybillNo,
      parcelId: parcel._id,
      type: input.type,
      feeFen,
      newAddress,
      proof,
      phoneTailSealed: deps.sealer.seal(input.phoneTail),
      machine: INITIAL_MACHINE,
      state: INITIAL_MACHINE.state,
      history: [{ state: 'REQUESTED', atMs: nowMs, note: `已提交${TYPE_LABEL[input.type]}申请` }],
      channel: null,
      taskId: null,
      payDeadlineMs,
      submittedAtMs: null,
      outcomeDueAtMs: null,
      succeededAtMs: null,
      nextCheckAtMs: nextCheckAtMs({ machine: INITIAL_MACHINE, nowMs, payDeadlineMs, outcomeDueAtMs: null, succeededAtMs: null }),
      leaseUntilMs: 0,
      staffAlert: null,
      resolvedBy: null,
      createdAtMs: nowMs,
      updatedAtMs: nowMs,
    };
    // Recorded before the order exists, so that any notification about the order finds its intercept.
    await deps.store.insert<InterceptRecord>(INTERCEPTS, { _id: id, ...record });
    let order;
    try {
      order = await payments.createOrder({
        outTradeNo: id,
        description: `包裹管家-${TYPE_LABEL[input.type]}-${input.waybillNo}`,
        amountFen: feeFen,
        payerOpenid: caller.openid,
        expiresAt: beijingIso(payDeadlineMs),
      });
    } catch (err) {
      deps.log.error({ err, intercept: id }, 'WeChat Pay order failed');
      await deps.engine.apply(id, { type: 'ORDER_FAILED' });
      throw new AppError('PAYMENT_UNAVAILABLE', '微信支付暂时不可用，请稍后再试');
    }
    const created = await deps.engine.apply(id, { type: 'ORDER_CREATED' });
    return { intercept: toInterceptView(created!.record), payment: order.payment };
  };
}
