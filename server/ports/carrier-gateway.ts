import type { CarrierCandidate, CarrierCode, Courier, ExceptionReason, ParcelStatus } from '../../types';

/** What an adapter's status table says a vendor code means; UNKNOWN for codes it does not know. */
export interface StatusMapping {
  status: ParcelStatus;
  reason: ExceptionReason | null;
  /** A catch-all code (KDNiao 2 在途中, Kuaidi100 0 在途): the event's text, when readable, says more. */
  generic?: boolean;
}

export interface CarrierQuery {
  carrier: CarrierCode;
  waybillNo: string;
  /** Last four digits of the receiver's or sender's phone, for carriers that require it (SF, ZTO). */
  phoneTail?: string;
}

/** One checkpoint as the carrier reported it, before our normalization. */
export interface RawCarrierEvent {
  /** ISO-8601 with +08:00. */
  time: string;
  /** The carrier's text, verbatim. */
  text: string;
  /** The carrier's or aggregator's own status code for this checkpoint, when it gives one (e.g. KDNiao Action "202"). */
  code?: string;
  /** The adapter's reading of `code` through its status table. Absent when there is no code. */
  mapped?: StatusMapping;
  city?: string;
  courier?: Courier;
}

export interface CarrierTrace {
  carrier: CarrierCode;
  waybillNo: string;
  /** Which source answered: "sandbox", "kdniao", "kuaidi100". */
  source: string;
  /** The aggregator's parcel-level state (e.g. KDNiao StateEx, Kuaidi100 state), verbatim and as mapped. */
  state?: { code: string; mapped: StatusMapping };
  /** Oldest first. */
  events: RawCarrierEvent[];
  /** The carrier's own estimate, ISO-8601 with +08:00. */
  eta?: { from: string; to: string };
  courier?: Courier;
}

export type CarrierErrorKind =
  'NEEDS_PHONE_TAIL' | 'WRONG_PHONE_TAIL' | 'NOT_FOUND' | 'INVALID_NUMBER' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'AUTH';

/** A carrier failure with a kind the use cases can branch on; `detail` is for logs only. */
export class CarrierError extends Error {
  constructor(
    readonly kind: CarrierErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'CarrierError';
  }
}

/** What a subscription told us: KDNiao answers with its own delivery estimate. */
export interface SubscribeResult {
  /** ISO-8601 with +08:00. */
  eta?: { from: string; to: string };
}

export interface CarrierGateway {
  /** Which source answers: "sandbox", "kdniao", "kuaidi100". */
  readonly source: string;
  query(q: CarrierQuery): Promise<CarrierTrace>;
  /** The aggregator's own number recognition; the sandbox uses local detection. */
  recognize(waybillNo: string): Promise<CarrierCandidate[]>;
  /**
   * Asks the aggregator to push this parcel's updates to `callbackUrl` (KDNiao 8008, Kuaidi100
   * poll). Absent where there is nothing to subscribe to (the sandbox).
   */
  subscribe?(q: CarrierQuery, callbackUrl: string): Promise<SubscribeResult | void>;
}
