import type { FunctionResponse, ParsedRequest } from '../../../types';
import { AppError } from '../../domain/app-error';
import { nextCheckAt } from '../../domain/follow/next-check';
import type { Caller } from '../../functions/define-function';
import type { AppDeps } from '../../functions/deps';
import type { StoredDoc } from '../../ports/doc-store';
import { DuplicateIdError } from '../../ports/doc-store';
import { createLookup } from '../tracking/lookup.use-case';
import { PARCELS, type ParcelRecord } from '../tracking/parcel.repository';
import { MAX_BINDINGS, createBindingRepository } from './binding.repository';
import { createConsentLedger } from './consent-ledger';
import { toFollowedParcel } from './follow-views';

/**
 * Follow a parcel: look it up (the same checks as 查询, phone tail included), keep the user's
 * binding, and start monitoring. However many users follow it, the parcel is tracked once.
 */
export function createBindParcel(deps: Pick<AppDeps, 'store' | 'carriers' | 'clock' | 'log' | 'pushCallbackUrl'>) {
  const lookup = createLookup(deps);
  const bindings = createBindingRepository(deps.store);
  const ledger = createConsentLedger(deps.store);

  async function startMonitoring(parcelId: string, phoneTail: string | undefined): Promise<StoredDoc<ParcelRecord>> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const parcel = (await deps.store.get<ParcelRecord>(PARCELS, parcelId))!;
      const now = deps.clock.now();
      const m = parcel.monitor;
      const followedAtMs = m?.active ? m.followedAtMs : now;
      const next = nextCheckAt({
        status: parcel.status,
        nowMs: now,
        followedAtMs,
        lastChangeAtMs: parcel.changedAtMs ?? now,
        pushSubscribed: m?.pushSubscribed ?? false,
      });
      const monitor = {
        active: next !== null,
        followers: (m?.followers ?? 0) + 1,
        nextCheckAtMs: next ?? now,
        leaseUntilMs: m?.leaseUntilMs ?? 0,
        followedAtMs,
        phoneTail: phoneTail ?? m?.phoneTail ?? null,
        pushSubscribed: m?.pushSubscribed ?? false,
        checks: m?.checks ?? 0,
      };
      const updated = await deps.store.update<ParcelRecord>(PARCELS, parcelId, { monitor }, { ifVersion: parcel._v });
      if (updated) return updated;
    }
    throw new AppError('CONFLICT');
  }

  /** With an aggregator that pushes, polling becomes the fallback; a refusal only leaves polling as it was. */
  async function subscribeAtAggregator(parcel: StoredDoc<ParcelRecord>): Promise<StoredDoc<ParcelRecord>> {
    const { subscribe } = deps.carriers;
    if (!subscribe || !deps.pushCallbackUrl || !parcel.monitor?.active || parcel.monitor.pushSubscribed) return parcel;
    try {
      await subscribe.call(
        deps.carriers,
        { carrier: parcel.carrier, waybillNo: parcel.waybillNo, phoneTail: parcel.monitor.phoneTail ?? undefined },
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
    return (await deps.store.update<ParcelRecord>(PARCELS, parcel._id, { monitor })) ?? parcel;
  }

  return async function bindParcel(input: ParsedRequest<'bindParcel'>, caller: Caller): Promise<FunctionResponse<'bindParcel'>> {
    const found = await lookup({ waybillNo: input.waybillNo, carrier: input.carrier, phoneTail: input.phoneTail }, caller);
    if (!found.parcel) throw new AppError('INVALID_INPUT', '请先选择快递公司');
    const parcelId = found.parcel.id;
    const existing = await bindings.get(caller.openid, parcelId);
    let parcel: StoredDoc<ParcelRecord>;
    let binding;
    if (existing) {
      binding = (await bindings.update(caller.openid, parcelId, {
        archived: false,
        ...(input.remark !== undefined ? { remark: input.remark } : {}),
      }))!;
      parcel = (await deps.store.get<ParcelRecord>(PARCELS, parcelId))!;
    } else {
      if ((await bindings.countOfUser(caller.openid)) >= MAX_BINDINGS)
        throw new AppError('NOT_ALLOWED_IN_STATE', `最多同时关注 ${MAX_BINDINGS} 个包裹，先取消关注一些吧`);
      const now = deps.clock.now();
      try {
        binding = await bindings.insert({
          openid: caller.openid,
          parcelId,
          remark: input.remark ?? '',
          archived: false,
          followedAtMs: now,
          seenAtMs: now,
        });
      } catch (err) {
        if (!(err instanceof DuplicateIdError)) throw err;
        binding = (await bindings.get(caller.openid, parcelId))!; // a double tap bound it already
        parcel = (await deps.store.get<ParcelRecord>(PARCELS, parcelId))!;
        return { item: toFollowedParcel(binding, parcel), credits: await ledger.credits(caller.openid) };
      }
      parcel = await subscribeAtAggregator(await startMonitoring(parcelId, input.phoneTail));
    }
    return { item: toFollowedParcel(binding, parcel), credits: await ledger.credits(caller.openid) };
  };
}
