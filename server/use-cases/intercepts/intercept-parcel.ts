import { carrierInfo } from '../../../types/carriers';
import { AppError } from '../../domain/app-error';
import { detectCarrier } from '../../domain/tracking/detect-carrier';
import { CarrierError, type CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { StoredDoc } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { Sealer } from '../../ports/sealer';
import type { FollowFlag } from '../tracking/lookup.use-case';
import { openTail, parcelId, type ParcelRecord } from '../tracking/parcel.repository';
import { phoneTailHash, type ParcelTracker } from '../tracking/track-parcel';

export interface InterceptParcelDeps {
  carriers: CarrierGateway;
  clock: Clock;
  sealer: Sealer;
  log: Logger;
  tracker: ParcelTracker;
  following: FollowFlag;
}

/** A stored trace this recent decides eligibility without asking the carrier again. */
export const TRACE_FRESH_MS = 5 * 60_000;

export interface InterceptParcel {
  record: StoredDoc<ParcelRecord>;
  /** SF/ZTO: whether the carrier took the phone tail (undefined: not asked, or a carrier that needs none). */
  carrierCheck?: 'ACCEPTED' | 'REFUSED';
}

/**
 * The parcel an intercept is about, as it stands now. Tracing goes through the one tracker, so
 * whatever we learn here also reaches followers and earlier intercepts of the parcel.
 */
export function createInterceptParcels(deps: InterceptParcelDeps) {
  const { tracker, sealer } = deps;

  /** The carrier given, or the one the number clearly belongs to, or the one a stored trace shows. */
  async function settleCarrier(waybillNo: string, carrier: string | undefined): Promise<string> {
    if (carrier) {
      if (!carrierInfo(carrier)) throw new AppError('INVALID_INPUT', '暂不支持这家快递公司');
      return carrier;
    }
    const { candidates, ambiguous } = detectCarrier(waybillNo);
    if (candidates.length && !ambiguous) return candidates[0].carrier;
    for (const c of candidates) if (await tracker.get(parcelId(c.carrier, waybillNo))) return c.carrier;
    throw new AppError('INVALID_INPUT', '请先选择快递公司');
  }

  async function ask(carrier: string, waybillNo: string, phoneTail: string | undefined, stored: StoredDoc<ParcelRecord> | null) {
    try {
      const trace = await deps.carriers.query({ carrier, waybillNo, phoneTail });
      return await tracker.record(trace, { phoneTail });
    } catch (err) {
      if (!(err instanceof CarrierError)) throw err;
      if (err.kind === 'NOT_FOUND' || err.kind === 'INVALID_NUMBER')
        throw new AppError('NOT_FOUND', '没有查到这个单号，请核对单号和快递公司');
      if (err.kind === 'WRONG_PHONE_TAIL' || err.kind === 'NEEDS_PHONE_TAIL') throw err;
      deps.log.warn({ kind: err.kind, carrier }, 'carrier query for an intercept failed');
      if (stored) return stored;
      throw new AppError('CARRIER_UNAVAILABLE');
    }
  }

  const fresh = (r: StoredDoc<ParcelRecord>) => deps.clock.now() - r.queriedAtMs < TRACE_FRESH_MS;

  /**
   * Before any proof (checkIntercept): what we hold, refreshed when the carrier lets us ask. A
   * carrier that guards its traces with a phone tail has them shown as lookup shows them: to a
   * viewer who gives the tail, or who follows the parcel (and proved it then).
   */
  async function current(
    carrier: string,
    waybillNo: string,
    viewer?: { openid: string; phoneTail?: string },
  ): Promise<StoredDoc<ParcelRecord>> {
    if (viewer && carrierInfo(carrier)?.needsPhoneTail) {
      if (viewer.phoneTail) {
        const found = await proven(carrier, waybillNo, viewer.phoneTail);
        if ('record' in found) return found.record;
        throw new AppError('NEEDS_PHONE_TAIL', '手机号后四位不对，请核对收件人或寄件人的手机号');
      }
      if (!(await deps.following.isFollowing(viewer.openid, parcelId(carrier, waybillNo))))
        throw new AppError('NEEDS_PHONE_TAIL', '请先输入收件人或寄件人手机号后四位');
    }
    const stored = await tracker.get(parcelId(carrier, waybillNo));
    if (stored && fresh(stored)) return stored;
    const followerTail = stored?.monitor ? openTail(sealer, stored.monitor) : undefined;
    if (carrierInfo(carrier)?.needsPhoneTail && !followerTail) {
      if (stored) return stored;
      throw new AppError('NEEDS_PHONE_TAIL', '请先用手机号后四位查询这个包裹');
    }
    return ask(carrier, waybillNo, followerTail, stored);
  }

  /** With the user's phone tail (requestIntercept): carriers that require one also judge it. */
  async function proven(carrier: string, waybillNo: string, phoneTail: string): Promise<InterceptParcel | { carrierCheck: 'REFUSED' }> {
    if (!carrierInfo(carrier)?.needsPhoneTail) return { record: await current(carrier, waybillNo) };
    const stored = await tracker.get(parcelId(carrier, waybillNo));
    const sameTail = stored?.phoneTailHash === phoneTailHash(sealer, carrier, waybillNo, phoneTail);
    if (stored && sameTail && fresh(stored)) return { record: stored, carrierCheck: 'ACCEPTED' };
    try {
      return { record: await ask(carrier, waybillNo, phoneTail, sameTail ? stored : null), carrierCheck: 'ACCEPTED' };
    } catch (err) {
      if (err instanceof CarrierError && err.kind === 'WRONG_PHONE_TAIL') return { carrierCheck: 'REFUSED' };
      throw err;
    }
  }

  return { settleCarrier, current, proven };
}

export type InterceptParcels = ReturnType<typeof createInterceptParcels>;
