import { carrierInfo } from '../../../types/carriers';
import type { Eligibility } from '../../../types/intercepts';
import type { Courier, ExceptionReason, ParcelStatus, TrackingEvent } from '../../../types/tracking';

export interface EligibilityInput {
  carrier: string;
  status: ParcelStatus;
  reason: ExceptionReason | null;
  /** Newest first, as a Parcel holds them. */
  events: TrackingEvent[];
  courier: Courier | null;
}

export interface EligibilityVerdict {
  eligibility: Eligibility;
  reason: string;
  /** When refused: who can still help. */
  wayOut: { courierPhone: string | null; carrierHotline: string | null } | null;
}

/** Stages in journey order: an intercept needs the parcel collected and not yet handed to the last mile. */
const STAGE: Partial<Record<ParcelStatus, number>> = {
  PENDING: 0,
  COLLECTED: 1,
  IN_TRANSIT: 2,
  ARRIVED_DEST_CITY: 3,
  OUT_FOR_DELIVERY: 4,
  AWAITING_PICKUP: 5,
  DELIVERED: 6,
  RETURNING: 7,
  RETURNED: 8,
};

const TEXT = {
  COLLECTED: '包裹刚揽收，现在拦截最容易成功',
  IN_TRANSIT: '包裹在运输途中，可以申请拦截',
  ARRIVED_DEST_CITY: '包裹已到目的地城市，可能来不及拦截',
  OUT_FOR_DELIVERY: '包裹正在派送，已经来不及拦截，请直接联系快递员',
  AWAITING_PICKUP: '包裹已放进驿站或快递柜，无法拦截，请联系快递员或驿站',
  DELIVERED: '包裹已签收，无法拦截',
  RETURNING: '包裹已在退回途中，不需要再拦截',
  RETURNED: '包裹已退回寄件人',
  PENDING: '快递还没揽收，请联系寄件人取消发货',
  REFUSED_BY_RECEIVER: '收件人已拒收，包裹会退回寄件人',
  LOST: '包裹已确认丢失，请联系快递公司理赔',
  EXCEPTION: '包裹出现异常，拦截结果不确定',
  UNKNOWN: '暂时无法确认包裹位置，拦截结果不确定',
} as const;

/** Whether an intercept may be asked for now, with the reason, from the normalized status and latest events. */
export function interceptEligibility(input: EligibilityInput): EligibilityVerdict {
  const wayOut = { courierPhone: latestCourierPhone(input), carrierHotline: carrierInfo(input.carrier)?.hotline ?? null };
  const refused = (reason: string): EligibilityVerdict => ({ eligibility: 'REFUSED', reason, wayOut });
  if (input.status === 'EXCEPTION') {
    if (input.reason === 'REFUSED') return refused(TEXT.REFUSED_BY_RECEIVER);
    if (input.reason === 'LOST') return refused(TEXT.LOST);
    // An exception is judged by where the parcel was before it: too late stays too late.
    const before = lastNormalStatus(input.events);
    if (before && (STAGE[before] ?? 0) >= STAGE.OUT_FOR_DELIVERY!) return refused(TEXT[before as keyof typeof TEXT]);
    return { eligibility: 'WARNED', reason: TEXT.EXCEPTION, wayOut: null };
  }
  switch (input.status) {
    case 'COLLECTED':
    case 'IN_TRANSIT':
      return { eligibility: 'ALLOWED', reason: TEXT[input.status], wayOut: null };
    case 'ARRIVED_DEST_CITY':
      return { eligibility: 'WARNED', reason: TEXT.ARRIVED_DEST_CITY, wayOut: null };
    case 'UNKNOWN':
      return { eligibility: 'WARNED', reason: TEXT.UNKNOWN, wayOut: null };
    default:
      return refused(TEXT[input.status]);
  }
}

/** Allowed or warned: the user may go on (with the reason shown when warned). */
export function isInterceptAllowed(verdict: EligibilityVerdict): boolean {
  return verdict.eligibility !== 'REFUSED';
}

function lastNormalStatus(events: TrackingEvent[]): ParcelStatus | null {
  return events.find((e) => e.status !== 'EXCEPTION' && e.status !== 'UNKNOWN')?.status ?? null;
}

function latestCourierPhone(input: EligibilityInput): string | null {
  return input.courier?.phone ?? input.events.find((e) => e.courier?.phone)?.courier?.phone ?? null;
}
