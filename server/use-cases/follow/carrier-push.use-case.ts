import { parcelIdOf } from '../../../types';
import type { CarrierPushVerifier } from '../../ports/carrier-push';
import type { Logger } from '../../ports/logger';
import type { ParcelTracker } from '../tracking/track-parcel';

export interface PushReply {
  status: number;
  body: string;
}

/**
 * A carrier callback feeds the same path as monitoring: verified, then recorded like any trace,
 * so a callback that arrives three times notifies once. Replays are acknowledged, not processed.
 */
export interface CarrierPushDeps {
  log: Logger;
  tracker: ParcelTracker;
  pushVerifier: CarrierPushVerifier;
}

export function createCarrierPush(deps: CarrierPushDeps) {
  const { tracker, pushVerifier: verifier } = deps;
  return async function carrierPush(vendor: string, rawBody: string): Promise<PushReply> {
    const verdict = await verifier.verify(vendor, rawBody);
    if (!verdict.ok) {
      if (verdict.error === 'REPLAY') return { status: 200, body: verdict.reply };
      deps.log.warn({ vendor, error: verdict.error }, 'carrier push refused');
      return { status: verdict.error === 'UNKNOWN_VENDOR' ? 404 : 400, body: verdict.reply };
    }
    for (const trace of verdict.traces) {
      // Only parcels someone follows are worth storing from a push.
      const parcel = await tracker.get(parcelIdOf(trace.carrier, trace.waybillNo));
      if (parcel?.monitor?.active) await tracker.record(trace);
    }
    return { status: 200, body: verdict.reply };
  };
}
