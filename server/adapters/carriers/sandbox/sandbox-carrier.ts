import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { carrierInfo, type CarrierCandidate, type KnownCarrier } from '../../../../types';
import type { Clock } from '../../../ports/clock';
import { CarrierError, type CarrierGateway, type CarrierQuery, type CarrierTrace } from '../../../ports/carrier-gateway';
import { DuplicateIdError, type DocStore } from '../../../ports/doc-store';
import { HOUR, HOURS_BEFORE_FIRST_LOOKUP, planJourney } from './journeys';

dayjs.extend(utc);

export const SANDBOX_JOURNEYS = 'sandbox_journeys';
const WRONG_TAIL = '0000';
const iso = (ms: number) => dayjs(ms).utcOffset(480).format();

interface Anchor {
  anchorMs: number;
}

export interface SandboxOptions {
  clock: Clock;
  store: DocStore;
  /** How many times faster than real time journeys play (SANDBOX_SPEED). */
  speed?: number;
  recognize: (waybillNo: string) => CarrierCandidate[];
}

/**
 * A carrier that needs no account: every number plays a realistic journey picked by its last
 * digit, anchored at the first time anyone looks it up, so a new number always starts fresh.
 */
export function createSandboxCarrier({ clock, store, speed = 1, recognize }: SandboxOptions): CarrierGateway {
  async function anchorOf(id: string): Promise<number> {
    const existing = await store.get<Anchor>(SANDBOX_JOURNEYS, id);
    if (existing) return existing.anchorMs;
    try {
      return (await store.insert<Anchor>(SANDBOX_JOURNEYS, { _id: id, anchorMs: clock.now() })).anchorMs;
    } catch (err) {
      if (!(err instanceof DuplicateIdError)) throw err;
      return (await store.get<Anchor>(SANDBOX_JOURNEYS, id))!.anchorMs; // a concurrent first look-up won
    }
  }

  async function query({ carrier, waybillNo, phoneTail }: CarrierQuery): Promise<CarrierTrace> {
    const info = carrierInfo(carrier);
    if (!info) throw new CarrierError('NOT_FOUND', `sandbox does not know carrier ${carrier}`);
    if (waybillNo.endsWith('99')) throw new CarrierError('UNAVAILABLE', 'sandbox outage for numbers ending in 99');
    if (info.needsPhoneTail && !phoneTail) throw new CarrierError('NEEDS_PHONE_TAIL', `${carrier} needs the phone tail`);
    if (info.needsPhoneTail && phoneTail === WRONG_TAIL) throw new CarrierError('WRONG_PHONE_TAIL', 'sandbox rejects 0000');
    const base: CarrierTrace = { carrier, waybillNo, source: 'sandbox', events: [] };
    if (waybillNo.endsWith('00')) return base; // like KDNiao's 暂无轨迹信息

    const anchorMs = await anchorOf(`${carrier}:${waybillNo}`);
    const journey = planJourney(waybillNo, carrier as KnownCarrier);
    const at = (h: number) => Math.round(anchorMs + ((h - HOURS_BEFORE_FIRST_LOOKUP) * HOUR) / speed);
    const now = clock.now();
    const events = journey.events.filter((e) => at(e.h) <= now).map((e) => ({ time: iso(at(e.h)), text: e.text }));
    const delivering = events.some((e) => e.text.includes(journey.courier.phone));
    const deliveryDay = dayjs(at(journey.plannedDeliveryH)).utcOffset(480);
    return {
      ...base,
      events,
      ...(delivering ? { courier: journey.courier } : {}),
      ...(journey.givesEta ? { eta: { from: iso(deliveryDay.startOf('day').valueOf()), to: iso(deliveryDay.endOf('day').valueOf()) } } : {}),
    };
  }

  return {
    source: 'sandbox',
    query,
    recognize: async (waybillNo) => recognize(waybillNo),
  };
}
