import { loadInterceptFees, type InterceptFees } from '../../../config/intercept-fees';
import type { FunctionResponse, ParsedRequest } from '../../../types/functions';
import { beijingIso } from '../../../types/time';
import { proofLockedUntil } from '../../domain/intercepts/proof-rules';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Payments } from '../../ports/payments';
import { createRateLimiter } from '../rate-limiter';
import { assessParcel, REFUND_POLICY, requirePayments } from './assess-parcel';
import { createInterceptRepository } from './intercept.repository';
import type { InterceptParcels } from './intercept-parcel';
import { createProofTries } from './proof-tries.repository';

export interface CheckInterceptDeps {
  store: DocStore;
  clock: Clock;
  payments: Payments | null;
  parcels: InterceptParcels;
  fees?: InterceptFees;
}

/** Intercept look-ups and requests per user; each may ask a carrier. */
export const INTERCEPT_LIMIT = { max: 20, windowMs: 60_000 } as const;

/** Before paying: may this parcel still be stopped, how likely, for how much, and what happens if it fails. */
export function createCheckIntercept(deps: CheckInterceptDeps) {
  // Validated once, at start: a typo in the schedule stops the start, not a user's payment.
  const fees = deps.fees ?? loadInterceptFees();
  const limit = createRateLimiter(deps.store, deps.clock, INTERCEPT_LIMIT);
  const intercepts = createInterceptRepository(deps.store);
  const tries = createProofTries(deps.store);

  return async function checkIntercept(
    input: ParsedRequest<'checkIntercept'>,
    caller: Caller,
  ): Promise<FunctionResponse<'checkIntercept'>> {
    requirePayments(deps.payments);
    await limit(`intercept:${caller.openid}`, '操作太频繁了，请稍后再试');
    const carrier = await deps.parcels.settleCarrier(input.waybillNo, input.carrier);
    const record = await deps.parcels.current(carrier, input.waybillNo, { openid: caller.openid, phoneTail: input.phoneTail });
    const nowMs = deps.clock.now();
    const a = assessParcel(record, nowMs, fees, await intercepts.pastOutcomes(carrier));
    const lockedUntilMs = proofLockedUntil(await tries.of(caller.openid, record._id), nowMs);
    return {
      eligibility: a.eligibility,
      reason: a.reason,
      likelihood: a.likelihood,
      options: a.options,
      wayOut: a.wayOut,
      refundPolicy: REFUND_POLICY,
      lockedUntil: lockedUntilMs === null ? null : beijingIso(lockedUntilMs),
    };
  };
}
