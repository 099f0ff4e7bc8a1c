import { isFinalStatus, carrierInfo, type CarrierCandidate, type FunctionResponse, type ParsedRequest } from '../../../types';
import { AppError } from '../../domain/app-error';
import { detectCarrier, numberPrefix, rankWithLearnedPrefixes } from '../../domain/tracking/detect-carrier';
import type { Caller } from '../../ports/caller';
import { CarrierError, type CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { DocStore, StoredDoc } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { Sealer } from '../../ports/sealer';
import { createRateLimiter } from '../rate-limiter';
import { openTail, parcelId, type ParcelRecord } from './parcel.repository';
import { toParcelView } from './parcel-view';
import { createPrefixStats } from './prefix-stats.repository';
import { phoneTailHash, type ParcelTracker } from './track-parcel';

type LookupInput = ParsedRequest<'lookup'>;
type LookupAnswer = FunctionResponse<'lookup'>;

const MINUTE = 60_000;
/** How long a stored trace answers look-ups without asking the carrier again. */
export const FRESH_MS = { moving: 5 * MINUTE, final: 24 * 60 * MINUTE } as const;
export const LOOKUP_LIMIT = { max: 30, windowMs: MINUTE } as const;
/** A recognition this sure settles an ambiguous number without asking the user. */
const SURE = 0.9;

function isFresh(record: StoredDoc<ParcelRecord>, nowMs: number): boolean {
  const final = isFinalStatus(record.status);
  return nowMs - record.queriedAtMs < (final ? FRESH_MS.final : FRESH_MS.moving);
}

/** A stored trace of a carrier that guards it with the phone tail is shown only to someone who gave the same tail. */
function unlocked(sealer: Sealer, record: StoredDoc<ParcelRecord>, input: LookupInput, carrier: string): boolean {
  if (!carrierInfo(carrier)?.needsPhoneTail) return true;
  return Boolean(input.phoneTail && record.phoneTailHash === phoneTailHash(sealer, carrier, input.waybillNo, input.phoneTail));
}

/** One carrier far ahead of the rest (中通 for a 14-digit 73… number, 百世 only in old ones). */
const DOMINANT = { top: 0.8, next: 0.2 } as const;

/**
 * The carrier from the number. An ambiguous number is settled when one carrier dominates — by its
 * format or by what earlier look-ups of the same prefix turned out to be — else by the aggregator's
 * recognition; else the user chooses among the candidates.
 */
async function settleCarrier(
  no: string,
  carriers: CarrierGateway,
  learned: Record<string, number>,
): Promise<{ carrier: string } | { candidates: CarrierCandidate[] }> {
  const detected = rankWithLearnedPrefixes(detectCarrier(no), learned);
  const [first, second] = detected.candidates;
  if (first && !detected.ambiguous) return { carrier: first.carrier };
  if (!detected.ambiguous) return { candidates: [] };
  if (first.confidence >= DOMINANT.top && second.confidence <= DOMINANT.next) return { carrier: first.carrier };
  const recognized = await carriers.recognize(no).catch(() => [] as CarrierCandidate[]);
  const plausible = recognized.filter((r) => detected.candidates.some((c) => c.carrier === r.carrier));
  if (plausible.length && plausible[0].confidence >= SURE && (plausible[1]?.confidence ?? 0) < SURE)
    return { carrier: plausible[0].carrier };
  return { candidates: plausible.length ? plausible : detected.candidates };
}

function carrierFault(err: CarrierError): AppError | null {
  switch (err.kind) {
    case 'NEEDS_PHONE_TAIL':
      return new AppError('NEEDS_PHONE_TAIL');
    case 'WRONG_PHONE_TAIL':
      return new AppError('NEEDS_PHONE_TAIL', '手机号后四位不对，请核对收件人或寄件人的手机号');
    case 'NOT_FOUND':
    case 'INVALID_NUMBER':
      return new AppError('NOT_FOUND', '没有查到这个单号，请核对单号和快递公司');
    default:
      return null; // UNAVAILABLE, RATE_LIMITED, AUTH: the carrier side failed, not the user
  }
}

/** Whether a user follows a parcel: following supplies it, tracking only asks. */
export interface FollowFlag {
  isFollowing(openid: string, parcelId: string): Promise<boolean>;
}

/** Look a parcel up: detect the carrier, answer from the store when fresh, else ask the carrier and store what it says. */
export interface LookupDeps {
  store: DocStore;
  carriers: CarrierGateway;
  clock: Clock;
  log: Logger;
  tracker: ParcelTracker;
  sealer: Sealer;
  following: FollowFlag;
}

export function createLookup(deps: LookupDeps) {
  const { tracker } = deps;
  const limit = createRateLimiter(deps.store, deps.clock, LOOKUP_LIMIT);
  const prefixes = createPrefixStats(deps.store);

  return async function lookup(input: LookupInput, caller: Caller): Promise<LookupAnswer> {
    await limit(`lookup:${caller.openid}`);
    const prefix = numberPrefix(input.waybillNo);
    const settled = input.carrier
      ? { carrier: input.carrier }
      : await settleCarrier(input.waybillNo, deps.carriers, await prefixes.counts(prefix));
    if ('candidates' in settled)
      return { parcel: null, candidates: settled.candidates, notice: null, following: false, needsPhoneTail: null };
    const { carrier } = settled;
    if (!carrierInfo(carrier)) throw new AppError('INVALID_INPUT', '暂不支持这家快递公司');

    const id = parcelId(carrier, input.waybillNo);
    const [stored, following] = await Promise.all([tracker.get(id), deps.following.isFollowing(caller.openid, id)]);
    // A follower proved the phone tail when following: the one kept sealed answers for them.
    const phoneTail = input.phoneTail ?? (following && stored?.monitor ? openTail(deps.sealer, stored.monitor) : undefined);
    const readable = stored && unlocked(deps.sealer, stored, { ...input, phoneTail }, carrier) ? stored : null;
    const found = (record: StoredDoc<ParcelRecord>, notice: LookupAnswer['notice'] = null): LookupAnswer => ({
      parcel: toParcelView(record),
      candidates: [],
      notice,
      following,
      needsPhoneTail: null,
    });
    // Not an error: the next step of a normal look-up, answered without asking the carrier.
    const askTail: LookupAnswer = { parcel: null, candidates: [], notice: null, following, needsPhoneTail: carrier };
    if (readable && isFresh(readable, deps.clock.now())) return found(readable);
    if (carrierInfo(carrier)?.needsPhoneTail && !phoneTail) return readable ? found(readable) : askTail;

    try {
      const trace = await deps.carriers.query({ carrier, waybillNo: input.waybillNo, phoneTail });
      const record = await tracker.record(trace, { phoneTail });
      // A trace with events confirms the carrier: the next number with this prefix ranks it first.
      if (trace.events.length && detectCarrier(input.waybillNo).ambiguous) await prefixes.confirm(prefix, carrier);
      return found(record);
    } catch (err) {
      if (!(err instanceof CarrierError)) throw err;
      if (err.kind === 'NEEDS_PHONE_TAIL' && !phoneTail) return askTail;
      const fault = carrierFault(err);
      if (fault) throw fault;
      deps.log.warn({ err: err.detail, kind: err.kind, carrier }, 'carrier query failed');
      if (!readable) throw new AppError('CARRIER_UNAVAILABLE');
      return found(readable, { code: 'CARRIER_UNAVAILABLE', message: '快递公司暂时查不到最新进度' });
    }
  };
}
