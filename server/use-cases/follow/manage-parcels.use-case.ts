import { PARCEL_FILTERS, type FunctionResponse, type ParcelFilter, type ParsedRequest } from '../../../types';
import { AppError } from '../../domain/app-error';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import { PARCELS, type ParcelRecord } from '../tracking/parcel.repository';
import { createBindingRepository } from './binding.repository';
import { createConsentLedger } from './consent-ledger';
import { byActivity, inFilter, toFollowedParcel } from './follow-views';

interface Deps {
  store: DocStore;
  clock: Clock;
}

/** 我的包裹: the caller's own bindings only, with their parcels, filter counts and remaining pushes. */
export function createListParcels(deps: Deps) {
  const bindings = createBindingRepository(deps.store);
  const ledger = createConsentLedger(deps.store);
  return async function listParcels(input: ParsedRequest<'listParcels'>, caller: Caller): Promise<FunctionResponse<'listParcels'>> {
    const mine = (await bindings.ofUser(caller.openid)).filter((b) => b.archived === input.archived);
    const parcels = await Promise.all(mine.map((b) => deps.store.get<ParcelRecord>(PARCELS, b.parcelId)));
    const all = mine.flatMap((b, i) => (parcels[i] ? [toFollowedParcel(b, parcels[i]!)] : [])).sort(byActivity);
    const counts = Object.fromEntries(PARCEL_FILTERS.map((f) => [f, all.filter((p) => inFilter(f, p.parcel)).length])) as Record<
      ParcelFilter,
      number
    >;
    return { items: all.filter((p) => inFilter(input.filter, p.parcel)), counts, credits: await ledger.credits(caller.openid) };
  };
}

/** Remark, archive, or mark as seen: only on the caller's own binding. */
export function createUpdateParcel(deps: Deps) {
  const bindings = createBindingRepository(deps.store);
  return async function updateParcel(input: ParsedRequest<'updateParcel'>, caller: Caller): Promise<FunctionResponse<'updateParcel'>> {
    const patch = {
      ...(input.remark !== undefined ? { remark: input.remark } : {}),
      ...(input.archived !== undefined ? { archived: input.archived } : {}),
      ...(input.seen ? { seenAtMs: deps.clock.now() } : {}),
    };
    const binding = await bindings.update(caller.openid, input.parcelId, patch);
    if (!binding) throw new AppError('NOT_FOUND', '你没有关注这个包裹');
    const parcel = await deps.store.get<ParcelRecord>(PARCELS, input.parcelId);
    if (!parcel) throw new AppError('NOT_FOUND', '你没有关注这个包裹');
    return { item: toFollowedParcel(binding, parcel) };
  };
}

/** Stop following; the last follower leaving stops the monitoring. The binding and the count change together. */
export function createUnbindParcel(deps: Deps) {
  return async function unbindParcel(input: ParsedRequest<'unbindParcel'>, caller: Caller): Promise<FunctionResponse<'unbindParcel'>> {
    return deps.store.transaction(async (tx) => {
      if (!(await createBindingRepository(tx).remove(caller.openid, input.parcelId))) return { removed: false };
      const parcel = await tx.get<ParcelRecord>(PARCELS, input.parcelId);
      if (parcel?.monitor) {
        const followers = Math.max(0, parcel.monitor.followers - 1);
        await tx.update<ParcelRecord>(PARCELS, input.parcelId, {
          monitor: { ...parcel.monitor, followers, active: parcel.monitor.active && followers > 0 },
        });
      }
      return { removed: true };
    });
  };
}
