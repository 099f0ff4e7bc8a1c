import type { CarrierTrace } from './carrier-gateway';

export type CarrierPushVerdict =
  | { ok: true; traces: CarrierTrace[]; reply: string }
  | { ok: false; error: 'UNKNOWN_VENDOR' | 'NOT_CONFIGURED' | 'MISSING_FIELD' | 'BAD_SIGNATURE' | 'MALFORMED' | 'REPLAY'; reply: string };

/** Checks a carrier callback (signature, shape, replay) and reads its traces; `reply` is the body the vendor expects back. */
export interface CarrierPushVerifier {
  verify(vendor: string, rawBody: string): Promise<CarrierPushVerdict>;
}
