import { z } from 'zod';
import { INTERCEPT_TYPES } from '../types/intercepts';
import { carrierCodeSchema } from '../types/tracking';

/**
 * What we charge for an intercept, in fen, per carrier and type. These are the operator's own
 * prices (carriers bill the shipper's account per case; none publishes a consumer tariff): change
 * them here. `null` means we do not offer that type for that carrier. Validated at start, so a
 * typo stops the start instead of charging a user a wrong amount.
 */
const feeSchema = z.number().int('费用以分为单位，必须是整数').min(0).max(100_00, '单笔费用不超过 100 元').nullable();

const typeFeesSchema = z.object(
  Object.fromEntries(INTERCEPT_TYPES.map((t) => [t, feeSchema])) as Record<(typeof INTERCEPT_TYPES)[number], typeof feeSchema>,
);

export const interceptFeesSchema = z.object({
  default: typeFeesSchema.extend({ crossProvinceSurchargeFen: z.number().int().min(0).max(50_00) }),
  carriers: z.record(
    carrierCodeSchema,
    typeFeesSchema.partial().extend({ crossProvinceSurchargeFen: z.number().int().min(0).max(50_00).optional() }),
  ),
});
export type InterceptFees = z.infer<typeof interceptFeesSchema>;

export const INTERCEPT_FEES = {
  default: { RETURN: 15_00, REDIRECT: 18_00, HOLD: 10_00, crossProvinceSurchargeFen: 5_00 },
  carriers: {
    // SF bills a return or redirect as a new shipment leg: dearer, and no hold-at-outlet service.
    SF: { RETURN: 25_00, REDIRECT: 28_00, HOLD: null, crossProvinceSurchargeFen: 8_00 },
    JD: { RETURN: 20_00, REDIRECT: 22_00, HOLD: null },
    EMS: { RETURN: 18_00, REDIRECT: 20_00 },
    YZPY: { RETURN: 12_00, REDIRECT: 15_00 },
  },
} satisfies z.input<typeof interceptFeesSchema>;

/** The schedule, validated: call once at start. */
export function loadInterceptFees(raw: unknown = INTERCEPT_FEES): InterceptFees {
  return interceptFeesSchema.parse(raw);
}
