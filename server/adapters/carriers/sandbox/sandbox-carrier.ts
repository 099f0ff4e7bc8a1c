import { BEIJING_OFFSET_MINUTES, beijingIso } from '../../../../types/time';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { carrierInfo, type CarrierCandidate, type KnownCarrier } from '../../../../types';
import type { Clock } from '../../../ports/clock';
import { CarrierError, type CarrierGateway, type CarrierQuery, type CarrierTrace } from '../../../ports/carrier-gateway';
import { DuplicateIdError, type DocStore } from '../../../ports/doc-store';
import { journeyTimeMs, NO_TRACE_SUFFIX, OUTAGE_SUFFIX, planJourney } from './journeys';

dayjs.extend(utc);

/** Where each (carrier, number) remembers when it was first looked up. */
export const SANDBOX_JOURNEYS = 'sandbox_journeys';
/** The phone tail the sandbox always refuses, to demo 手机号后四位不对. */
export const WRONG_PHONE_TAIL = '0000';

const iso = beijingIso;

interface Anchor {
  anchorMs: number;
}

export interface SandboxOptions {
  clock: Clock;
  store: DocStore;
  /** How many times faster than real time journeys play (SANDBOX_SPEED). */
  speed?: number;
  /** Local carrier detection, served as the sandbox's own recognition. */
  recognize: (waybillNo: string) => CarrierCandidate[];
}

/**
 * A carrier that needs no account: every number plays a realistic journey picked by its last
 * digit (see README.md), anchored at the first time anyone looks it up, so a new number always
 * starts fresh and then unfolds as the clock moves.
 */
export function createSandboxCarrier({ clock, store, speed = 1, recognize }: SandboxOptions): CarrierGateway {
  if (!(speed > 0)) throw new RangeError(`sandbox speed must be positive, got ${speed}`);

  async function anchorOf(id: string): Promise<number> {
    const existing = await store.get<Anchor>(SANDBOX_JOURNEYS, id);
    if (existing) return existing.anchorMs;
    try {
      return (await store.insert<Anchor>(SANDBOX_JOURNEYS, { _id: id, anchorMs: clock.now() })).anchorMs;
    } catch (err) {
      if (!(err instanceof DuplicateIdError)) throw err;
      // A concurrent first look-up won: both must play the same journey.
      const winner = await store.get<Anchor>(SANDBOX_JOURNEYS, id);
      if (!winner) throw err;
      return winner.anchorMs;
    }
  }

  async function query({ carrier, waybillNo, phoneTail }: CarrierQuery): Promise<CarrierTrace> {
    const info = carrierInfo(carrier);
    if (!info) throw new CarrierError('NOT_FOUND', `sandbox does not know carrier ${carrier}`);
    if (waybillNo.endsWith(OUTAGE_SUFFIX)) throw new CarrierError('UNAVAILABLE', `sandbox outage for numbers ending ${OUTAGE_SUFFIX}`);
    if (info.needsPhoneTail && !phoneTail) throw new CarrierError('NEEDS_PHONE_TAIL', `${carrier} needs the last four digits of a phone`);
    if (info.needsPhoneTail && (phoneTail === WRONG_PHONE_TAIL || !/^\d{4}$/.test(phoneTail ?? ''))) {
      throw new CarrierError('WRONG_PHONE_TAIL', `sandbox refuses phone tail ${phoneTail}`);
    }
    const trace: CarrierTrace = { carrier, waybillNo, source: 'sandbox', events: [] };
    if (waybillNo.endsWith(NO_TRACE_SUFFIX)) return trace; // like KDNiao's 暂无轨迹信息

    const anchorMs = await anchorOf(`${carrier}:${waybillNo}`);
    const journey = planJourney(waybillNo, carrier as KnownCarrier);
    const now = clock.now();
    const at = (h: number) => journeyTimeMs(h, anchorMs, speed);
    trace.events = journey.events.filter((e) => at(e.h) <= now).map((e) => ({ time: iso(at(e.h)), text: e.text }));
    if (trace.events.some((e) => e.text.includes(journey.courier.phone))) trace.courier = { ...journey.courier };
    if (journey.givesEta) {
      const day = dayjs(at(journey.plannedDeliveryH)).utcOffset(BEIJING_OFFSET_MINUTES);
      trace.eta = { from: day.startOf('day').format(), to: day.endOf('day').format() };
    }
    return trace;
  }

  return {
    source: 'sandbox',
    query,
    recognize: async (waybillNo) => recognize(waybillNo),
  };
}
