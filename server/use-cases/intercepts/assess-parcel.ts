import type { InterceptFees } from '../../../config/intercept-fees';
import type { InterceptOption, InterceptType, Likelihood } from '../../../types/intercepts';
import { AppError } from '../../domain/app-error';
import { interceptEligibility, type EligibilityVerdict } from '../../domain/intercepts/eligibility-rules';
import { crossesProvince, interceptFee, interceptOptions } from '../../domain/intercepts/fee-rules';
import { distanceLeft, interceptLikelihood } from '../../domain/intercepts/likelihood-rules';
import { provinceOf } from '../../domain/tracking/cities';
import type { Payments } from '../../ports/payments';
import type { ParcelRecord } from '../tracking/parcel.repository';

/** Shown before paying: what happens to the money when it does not work out. */
export const REFUND_POLICY = '拦截失败或快递公司不受理时，费用全额原路退回；提交快递公司前可随时取消，已付费用同样全额退回。';

export interface Assessment extends EligibilityVerdict {
  likelihood: Likelihood;
  options: InterceptOption[];
  /** The province the parcel is in now (its latest event's city), when known. */
  provinceNow: string | null;
}

const province = (city: string | null) => (city ? provinceOf(city) : null);

/** Eligibility, likelihood and the offer, from the parcel as we hold it now. */
export function assessParcel(
  record: ParcelRecord,
  nowMs: number,
  fees: InterceptFees,
  pastOutcomes: { succeeded: number; failed: number },
): Assessment {
  const latest = record.events[0] ?? null;
  const here = latest?.city ?? null;
  const verdict = interceptEligibility({
    carrier: record.carrier,
    status: record.status,
    reason: record.reason,
    events: record.events,
    courier: record.courier,
  });
  const likelihood = interceptLikelihood({
    status: record.status,
    nowMs,
    lastEventAtMs: latest ? Date.parse(latest.time) : null,
    distance: distanceLeft(here, record.destCity),
    pastOutcomes,
  });
  const provinceNow = province(here);
  const returnCrosses = crossesProvince(provinceNow, province(record.originCity));
  const options = verdict.eligibility === 'REFUSED' ? [] : interceptOptions(fees, record.carrier, returnCrosses);
  return { ...verdict, likelihood, options, provinceNow };
}

/** The fee for the type asked for; a redirect to another province than the parcel is in costs the surcharge. */
export function feeFor(a: Assessment, fees: InterceptFees, carrier: string, type: InterceptType, newProvinceCode: string | null): number {
  const offered = a.options.find((o) => o.type === type);
  if (!offered) throw new AppError('INVALID_INPUT', '这家快递暂不提供这种拦截方式');
  if (type !== 'REDIRECT') return offered.feeFen;
  const fee = interceptFee(fees, carrier, type, crossesProvince(a.provinceNow, newProvinceCode));
  return fee?.feeFen ?? offered.feeFen;
}

/** In the cloud without WeChat Pay keys there is no way to take the fee: intercepts say so plainly. */
export function requirePayments(payments: Payments | null): Payments {
  if (!payments) throw new AppError('PAYMENT_UNAVAILABLE', '拦截改址暂未开通，如需拦截请联系快递公司客服');
  return payments;
}
