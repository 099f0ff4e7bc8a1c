import type { InterceptFees } from '../../../config/intercept-fees';
import { INTERCEPT_TYPES, type InterceptOption, type InterceptType } from '../../../types/intercepts';

export interface InterceptFee {
  baseFen: number;
  surchargeFen: number;
  feeFen: number;
}

/** The fee for one type at one carrier, or null when we do not offer it there. */
export function interceptFee(schedule: InterceptFees, carrier: string, type: InterceptType, crossProvince: boolean): InterceptFee | null {
  const own = Object.hasOwn(schedule.carriers, carrier) ? schedule.carriers[carrier] : undefined;
  const base = own && own[type] !== undefined ? own[type] : schedule.default[type];
  if (base === null || base === undefined) return null;
  const surcharge = crossProvince ? (own?.crossProvinceSurchargeFen ?? schedule.default.crossProvinceSurchargeFen) : 0;
  return { baseFen: base, surchargeFen: surcharge, feeFen: base + surcharge };
}

/**
 * What checkIntercept offers. A return crosses provinces when the parcel is now in another province
 * than where it was collected; a redirect's surcharge depends on the new address, so it is shown
 * apart until the address is known.
 */
export function interceptOptions(schedule: InterceptFees, carrier: string, returnCrossesProvince: boolean): InterceptOption[] {
  return INTERCEPT_TYPES.flatMap((type) => {
    const fee = interceptFee(schedule, carrier, type, type === 'RETURN' && returnCrossesProvince);
    if (!fee) return [];
    const surcharge = type === 'REDIRECT' ? (interceptFee(schedule, carrier, type, true)?.surchargeFen ?? 0) : 0;
    return [{ type, feeFen: fee.feeFen, crossProvinceSurchargeFen: surcharge }];
  });
}

/** Two province codes differ; an unknown side never costs the user a surcharge. */
export function crossesProvince(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}
