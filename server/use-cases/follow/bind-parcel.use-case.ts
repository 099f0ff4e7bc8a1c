import type { FunctionResponse, ParsedRequest } from '../../../types';
import { AppError } from '../../domain/app-error';
import { nextCheckAt } from '../../domain/follow/next-check';
import type { Caller } from '../../ports/caller';
import type { StoredDoc } from '../../ports/doc-store';
import type { Sealer } from '../../ports/sealer';
import { createLookup, type LookupDeps } from '../tracking/lookup.use-case';
import { PARCELS, openTail, type MonitorState, type ParcelRecord } from '../tracking/parcel.repository';
import { MAX_BINDINGS, createBindingRepository, createFollowFlag } from './binding.repository';
import { createConsentLedger } from './consent-ledger';
import { toFollowedParcel } from './follow-views';

/**
 * Follow a parcel: look it up (the same checks as 查询, phone tail included), keep the user's
 * binding, and start monitoring. However many users follow it, the parcel is tracked once.
 */
export interface BindParcelDeps extends Omit<LookupDeps, 'following'> {
  sealer: Sealer;
  /** Where aggregators push updates; null: polling only. */
  pushCallbackUrl: string | null;
}

export function createBindParcel(deps: BindParcelDeps) {
  const lookup = createLookup({ ...deps, following: createFollowFlag(deps.store) });
  const bindings = createBindingRepository(deps.store);
  const ledger = createConsentLedger(deps.store);

  /** The monitor state once one more user follows: a parcel already watched keeps its schedule. */
  function monitorOnFollow(parcel: StoredDoc<ParcelRecord>, now: number, sealedTail: string | null): MonitorState {
    const m = parcel.monitor;
    const followedAtMs = m?.active ? m.followedAtMs : now;
    const pushSubscribed = m?.pushSubscribed ?? false;
    const next = nextCheckAt({
      status: parcel.status,
      nowMs: now,
      followedAtMs,
      lastChangeAtMs: parcel.changedAtMs ?? now,
      pushSubscribed,
    });
    return {
      active: next !== null,
      followers: (m?.followers ?? 0) + 1,
      nextCheckAtMs: m?.active ? Math.min(m.nextCheckAtMs, next ?? now) : (next ?? now),
      leaseUntilMs: m?.leaseUntilMs ?? 0,
      followedAtMs,
      phoneTailSealed: sealedTail ?? m?.phoneTailSealed ?? null,
      pushSubscribed,
      checks: m?.checks ?? 0,
    };
  }

  /** With an aggregator that pushes, polling becomes the fallback; a refusal only leaves polling as it was. */
  async function subscribeAtAggregator(parcel: StoredDoc<ParcelRecord>): Promise<StoredDoc<ParcelRecord>> {
    const { subscribe } = deps.carriers;
    if (!subscribe || !deps.pushCallbackUrl || !parcel.monitor?.active || parcel.monitor.pushSubscribed) return parcel;
    let subscribed;
    try {
      subscribed = await subscribe.call(
        deps.carriers,
        { carrier: parcel.carrier, waybillNo: parcel.waybillNo, phoneTail: openTail(deps.sealer, parcel.monitor) },
        deps.pushCallbackUrl,
      );
    } catch (err) {
      deps.log.warn({ parcel: parcel._id, err: (err as Error).message }, 'aggregator subscription failed; polling only');
      return parcel;
    }
    const now = deps.clock.now();
    const next = nextCheckAt({
      status: parcel.status,
      nowMs: now,
      followedAtMs: parcel.monitor.followedAtMs,
      lastChangeAtMs: parcel.changedAtMs ?? now,
      pushSubscribed: true,
    });
    const monitor = { ...parcel.monitor, pushSubscribed: true, nextCheckAtMs: next ?? now };
    // KDNiao answers a subscription with its own delivery estimate: the next record shows it.
    const carrierEta = subscribed?.eta ? { carrierEta: subscribed.eta } : {};
    return (await deps.store.update<ParcelRecord>(PARCELS, parcel._id, { monitor, ...carrierEta })) ?? parcel;
  }

  return async function bindParcel(input: ParsedRequest<'bindParcel'>, caller: Caller): Promise<FunctionResponse<'bindParcel'>> {
    const found = await lookup({ waybillNo: input.waybillNo, carrier: input.carrier, phoneTail: input.phoneTail }, caller);
    if (found.needsPhoneTail) throw new AppError('NEEDS_PHONE_TAIL');
    if (!found.parcel) throw new AppError('INVALID_INPUT', '请先选择快递公司');
    const parcelId = found.parcel.id;
    const sealedTail = input.phoneTail ? deps.sealer.seal(input.phoneTail) : null;
    if (!(await bindings.get(caller.openid, parcelId)) && (await bindings.countOfUser(caller.openid)) >= MAX_BINDINGS)
      throw new AppError('NOT_ALLOWED_IN_STATE', `最多同时关注 ${MAX_BINDINGS} 个包裹，先取消关注一些吧`);

    // The binding and the follower count land together or not at all.
    const bound = await deps.store.transaction(async (tx) => {
      const mine = createBindingRepository(tx);
      const parcel = await tx.get<ParcelRecord>(PARCELS, parcelId);
      if (!parcel) throw new AppError('NOT_FOUND', '没有查到这个单号，请核对单号和快递公司');
      const existing = await mine.get(caller.openid, parcelId);
      if (existing) {
        const binding = await mine.update(caller.openid, parcelId, {
          archived: false,
          ...(input.remark !== undefined ? { remark: input.remark } : {}),
        });
        // A follower who now gives the phone tail lets the monitor poll a carrier that needs it.
        const updated =
          sealedTail && parcel.monitor && !parcel.monitor.phoneTailSealed
            ? await tx.update<ParcelRecord>(PARCELS, parcelId, { monitor: { ...parcel.monitor, phoneTailSealed: sealedTail } })
            : null;
        return { binding: binding!, parcel: updated ?? parcel, isNew: false };
      }
      const now = deps.clock.now();
      const binding = await mine.insert({
        openid: caller.openid,
        parcelId,
        remark: input.remark ?? '',
        archived: false,
        followedAtMs: now,
        seenAtMs: now,
      });
      const updated = await tx.update<ParcelRecord>(PARCELS, parcelId, { monitor: monitorOnFollow(parcel, now, sealedTail) });
      return { binding, parcel: updated!, isNew: true };
    });
    const parcel = bound.isNew ? await subscribeAtAggregator(bound.parcel) : bound.parcel;
    return { item: toFollowedParcel(bound.binding, parcel), credits: await ledger.credits(caller.openid) };
  };
}
