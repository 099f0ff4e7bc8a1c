import type { Courier, ExceptionReason, ParcelStatus, PickupCard, TrackingEvent } from '../../../types';
import type { CarrierTrace, RawCarrierEvent } from '../../ports/carrier-gateway';
import { canonicalCity } from './cities';
import { classifyTraceLine } from './classify-trace';
import { maskPhones } from './mask-phone';
import { pickupIn } from './pickup-in-line';

export interface NormalizedTrace {
  status: ParcelStatus;
  reason: ExceptionReason | null;
  /** Newest first. */
  events: TrackingEvent[];
  courier: Courier | null;
  originCity: string | null;
  destCity: string | null;
  collectedAtMs: number | null;
  deliveredAtMs: number | null;
  /** Where to collect the parcel while it waits at a 驿站 or locker. */
  pickup: PickupCard | null;
}

const NEAR_MS = 60_000;
const DEST_STAGES: ReadonlySet<ParcelStatus> = new Set(['ARRIVED_DEST_CITY', 'OUT_FOR_DELIVERY', 'AWAITING_PICKUP', 'DELIVERED']);

/**
 * One raw event read: a specific vendor code wins; a generic one ("在途") only speaks when the
 * text says nothing we can read, so "已签收" under code 在途 is a delivery.
 */
function readEvent(raw: RawCarrierEvent): TrackingEvent {
  const fromText = classifyTraceLine(raw.text);
  const known = raw.mapped && raw.mapped.status !== 'UNKNOWN' ? raw.mapped : null;
  const byCode = known && !(known.generic && fromText.status !== 'UNKNOWN') ? known : null;
  const courier = raw.courier ?? fromText.courier;
  return {
    time: raw.time,
    status: byCode?.status ?? fromText.status,
    reason: byCode ? (byCode.reason ?? (byCode.status === fromText.status ? fromText.reason : null)) : fromText.reason,
    text: maskPhones(raw.text, courier?.phone ? [courier.phone] : []),
    city: canonicalCity(raw.city) ?? fromText.city,
    courier,
    rawCode: raw.code ?? null,
  };
}

/**
 * The same checkpoint sent twice: same time and text, one text extending the other (a city
 * filled in later), or the same text again within a minute.
 */
function isSameCheckpoint(a: TrackingEvent, b: TrackingEvent): boolean {
  const dt = Math.abs(Date.parse(a.time) - Date.parse(b.time));
  if (dt === 0 && (a.text === b.text || a.text.includes(b.text) || b.text.includes(a.text))) return true;
  return a.text === b.text && dt <= NEAR_MS;
}

function dedupe(events: TrackingEvent[]): TrackingEvent[] {
  const kept: TrackingEvent[] = [];
  for (const event of events) {
    const twin = kept.findIndex((k) => isSameCheckpoint(k, event));
    if (twin < 0) kept.push(event);
    else if (event.text.length > kept[twin].text.length) kept[twin] = event;
  }
  return kept;
}

/** The pickup card from the parcel's latest 驿站/locker events: the newest code, station and address each. */
function pickupCard(status: ParcelStatus, events: TrackingEvent[], rawTexts: Map<TrackingEvent, string>): PickupCard | null {
  if (status !== 'AWAITING_PICKUP') return null;
  const card: PickupCard = { code: null, station: null, address: null };
  for (const event of events) {
    if (event.status !== 'AWAITING_PICKUP') break;
    const found = pickupIn(rawTexts.get(event) ?? event.text);
    card.code ??= found.code;
    card.station ??= found.station;
    card.address ??= found.address;
  }
  return card;
}

/** A raw trace as the user sees it: events read, masked, de-duplicated, newest first, plus what the parcel as a whole is doing. */
export function normalizeTrace(trace: CarrierTrace): NormalizedTrace {
  const rawTexts = new Map<TrackingEvent, string>();
  const read = trace.events.map((raw) => {
    const event = readEvent(raw);
    rawTexts.set(event, raw.text);
    return event;
  });
  const oldestFirst = dedupe(read).sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const events = [...oldestFirst].reverse();
  const latest = events.find((e) => e.status !== 'UNKNOWN');
  const state = trace.state && trace.state.mapped.status !== 'UNKNOWN' ? trace.state.mapped : null;
  const status: ParcelStatus = latest?.status ?? state?.status ?? (events.length ? 'UNKNOWN' : 'PENDING');
  const reason = latest ? latest.reason : (state?.reason ?? null);
  const delivering = events.find((e) => e.status === 'OUT_FOR_DELIVERY' && e.courier);
  const collected = oldestFirst.find((e) => e.status !== 'PENDING' && e.status !== 'UNKNOWN');
  const delivered = status === 'DELIVERED' ? events.find((e) => e.status === 'DELIVERED') : undefined;
  return {
    status,
    reason,
    events,
    courier: trace.courier ?? delivering?.courier ?? null,
    originCity: oldestFirst.find((e) => e.city)?.city ?? null,
    destCity: events.find((e) => DEST_STAGES.has(e.status) && e.city)?.city ?? null,
    collectedAtMs: collected ? Date.parse(collected.time) : null,
    deliveredAtMs: delivered ? Date.parse(delivered.time) : null,
    pickup: pickupCard(status, events, rawTexts),
  };
}
