import type { InterceptType } from '../../types/intercepts';

/**
 * Executing an intercept at the carrier. Only the shipper's account may do it, so this works
 * where the operator holds that account's credentials at an aggregator (Kuaidi100 interceptOrder);
 * everything else goes to staff. Facts: docs/reference/intercepts.md.
 */
export interface InterceptOrder {
  carrier: string;
  waybillNo: string;
  type: InterceptType;
  /** REDIRECT only: the new receiver, with the address printed on one line (广东省深圳市南山区…). */
  newReceiver?: { name: string; phone: string; printAddr: string };
  reason: string;
  /** Our intercept id, echoed in the carrier's result. */
  reference: string;
}

export interface InterceptSubmission {
  /** The aggregator's task or order number, when it gives one. */
  taskId: string | null;
  /** True when the outcome arrives later (by callback), not in this answer. */
  outcomeLater: boolean;
}

export type CarrierInterceptErrorKind = 'NOT_SUPPORTED' | 'REJECTED' | 'AUTH' | 'UNAVAILABLE';

/** REJECTED: the carrier said no (already delivered, not its own order…); the others are ours or transient. */
export class CarrierInterceptError extends Error {
  constructor(
    readonly kind: CarrierInterceptErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'CarrierInterceptError';
  }
}

export interface CarrierIntercept {
  readonly source: string;
  /** Whether this channel can execute that type at that carrier; otherwise the case goes to staff. */
  supports(carrier: string, type: InterceptType): boolean;
  submit(order: InterceptOrder): Promise<InterceptSubmission>;
}
