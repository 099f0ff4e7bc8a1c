import { carrierInfo } from '../../../types/carriers';
import type { Intercept, InterceptState, InterceptType } from '../../../types/intercepts';
import { beijingIso } from '../../../types/time';
import { canCancel, type InterceptMachine, type StaffAlert } from '../../domain/intercepts/intercept-machine';
import type { DocStore, StoredDoc } from '../../ports/doc-store';

export const INTERCEPTS = 'intercepts';
/** Finished intercepts per carrier, for the likelihood shown before paying. */
export const INTERCEPT_STATS = 'intercept_stats';

export interface InterceptAddress {
  provinceCode: string;
  cityCode: string;
  districtCode: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  name: string;
  phone: string;
}

export interface HistoryRecord {
  state: InterceptState;
  atMs: number;
  note: string;
}

/**
 * One intercept. Its `_id` is also the WeChat Pay order number (out_trade_no), so a payment or
 * refund notification finds its intercept by id, inside the transaction that applies it.
 */
export interface InterceptRecord {
  openid: string;
  carrier: string;
  waybillNo: string;
  parcelId: string;
  type: InterceptType;
  feeFen: number;
  newAddress: InterceptAddress | null;
  /** MATCHED: the phone tail checked out; UNVERIFIED: nothing to compare with, whoever executes checks it. */
  proof: 'MATCHED' | 'UNVERIFIED';
  /** The tail the user gave, sealed: to read the timeline of carriers that require it (SF, ZTO). */
  phoneTailSealed: string;
  machine: InterceptMachine;
  /** machine.state, kept at the top for queries. */
  state: InterceptState;
  /** Oldest first; only ever appended to. */
  history: HistoryRecord[];
  channel: 'CARRIER' | 'STAFF' | null;
  /** The aggregator's task number when the carrier channel took it. */
  taskId: string | null;
  payDeadlineMs: number;
  submittedAtMs: number | null;
  outcomeDueAtMs: number | null;
  succeededAtMs: number | null;
  /** When the watch timer looks at it next; null once settled. */
  nextCheckAtMs: number | null;
  /** A watch run holds it until then; others skip it. */
  leaseUntilMs: number;
  /** What staff must look at (a refund gone wrong, an outcome overdue…); null when nothing. */
  staffAlert: StaffAlert | null;
  /** Who recorded the outcome in the console. */
  resolvedBy: string | null;
  createdAtMs: number;
  updatedAtMs: number;
}

export type StoredIntercept = StoredDoc<InterceptRecord>;

/** Where an intercept stands, as its user sees it. */
export function toInterceptView(r: StoredIntercept): Intercept {
  const a = r.newAddress;
  return {
    id: r._id,
    waybillNo: r.waybillNo,
    carrier: r.carrier,
    carrierName: carrierInfo(r.carrier)?.name ?? r.carrier,
    type: r.type,
    state: r.state,
    feeFen: r.feeFen,
    outTradeNo: r._id,
    newAddress: a ? { province: a.province, city: a.city, district: a.district, detail: a.detail, name: a.name, phone: a.phone } : null,
    history: r.history.map((h) => ({ state: h.state, at: beijingIso(h.atMs), note: h.note })),
    canCancel: canCancel(r.machine),
    createdAt: beijingIso(r.createdAtMs),
    updatedAt: beijingIso(r.updatedAtMs),
  };
}

export function createInterceptRepository(store: DocStore) {
  return {
    get: (id: string) => store.get<InterceptRecord>(INTERCEPTS, id),

    /** The caller's own intercept, or null: another user's is as good as missing. */
    async ofUser(id: string, openid: string): Promise<StoredIntercept | null> {
      const record = await store.get<InterceptRecord>(INTERCEPTS, id);
      return record && record.openid === openid ? record : null;
    },

    listOfUser: (openid: string, limit = 50) =>
      store.find<InterceptRecord>(INTERCEPTS, { where: { openid }, orderBy: [{ field: 'createdAtMs', direction: 'desc' }], limit }),

    /** Intercepts of one parcel in the given states (any user). */
    ofParcel: (parcelId: string, states: InterceptState[]) =>
      store.find<InterceptRecord>(INTERCEPTS, { where: { parcelId, state: { in: states } }, limit: 20 }),

    async pastOutcomes(carrier: string): Promise<{ succeeded: number; failed: number }> {
      const stats = await store.get<{ succeeded?: number; failed?: number }>(INTERCEPT_STATS, carrier);
      return { succeeded: Math.max(0, stats?.succeeded ?? 0), failed: Math.max(0, stats?.failed ?? 0) };
    },
  };
}

export type InterceptRepository = ReturnType<typeof createInterceptRepository>;
