import {
  parcelIdOf,
  type Courier,
  type Eta,
  type ExceptionReason,
  type ParcelAlert,
  type ParcelStatus,
  type PickupCard,
  type TrackingEvent,
} from '../../../types';
import type { DocStore } from '../../ports/doc-store';
import type { Sealer } from '../../ports/sealer';

export const PARCELS = 'parcels';

/** A parcel as we keep it: one record per (carrier, number), however many people look it up or follow it. */
export interface ParcelRecord {
  carrier: string;
  waybillNo: string;
  source: string;
  status: ParcelStatus;
  reason: ExceptionReason | null;
  alerts: ParcelAlert[];
  /** Newest first. */
  events: TrackingEvent[];
  courier: Courier | null;
  /** The pickup card while the parcel waits at a 驿站 or locker; absent on records stored before it existed. */
  pickup?: PickupCard | null;
  eta: Eta | null;
  carrierEta: { from: string; to: string } | null;
  originCity: string | null;
  destCity: string | null;
  collectedAtMs: number | null;
  deliveredAtMs: number | null;
  queriedAtMs: number;
  /** SHA-256 of the phone tail that unlocked this trace, for carriers that require one. */
  phoneTailHash: string | null;
  /** When the trace last gained an event or alert. */
  changedAtMs?: number;
  /** Present once someone follows the parcel; the monitor timer reads it. */
  monitor?: MonitorState;
}

export interface MonitorState {
  active: boolean;
  followers: number;
  nextCheckAtMs: number;
  /** A monitor run holds the parcel until then; others skip it. */
  leaseUntilMs: number;
  followedAtMs: number;
  /** The phone tail a follower gave, sealed (AES-GCM): needed to poll carriers that require it (SF, ZTO); never shown to anyone. */
  phoneTailSealed: string | null;
  pushSubscribed: boolean;
  checks: number;
}

/** One record per carrier and number. */
export const parcelId = parcelIdOf;

export function createParcelRepository(store: DocStore) {
  return {
    get: (id: string) => store.get<ParcelRecord>(PARCELS, id),
  };
}

export type ParcelRepository = ReturnType<typeof createParcelRepository>;

/** The phone tail to poll with, when a follower gave one and it still opens with our key. */
export function openTail(sealer: Sealer, monitor: Pick<MonitorState, 'phoneTailSealed'>): string | undefined {
  return monitor.phoneTailSealed ? (sealer.open(monitor.phoneTailSealed) ?? undefined) : undefined;
}
