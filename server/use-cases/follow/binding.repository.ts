import type { DocStore } from '../../ports/doc-store';
import type { FollowFlag } from '../tracking/lookup.use-case';

export const BINDINGS = 'bindings';
/** A user follows at most this many parcels at once. */
export const MAX_BINDINGS = 200;

/** One user following one parcel; remarks and archive state are the user's own. */
export interface BindingRecord {
  openid: string;
  parcelId: string;
  remark: string;
  archived: boolean;
  followedAtMs: number;
  /** When the user last opened the parcel: later changes show a badge. */
  seenAtMs: number;
}

export const bindingId = (openid: string, parcelId: string) => `${openid}:${parcelId}`;

export function createBindingRepository(store: DocStore) {
  return {
    get: (openid: string, parcelId: string) => store.get<BindingRecord>(BINDINGS, bindingId(openid, parcelId)),
    ofUser: (openid: string) =>
      store.find<BindingRecord>(BINDINGS, {
        where: { openid },
        orderBy: [{ field: 'followedAtMs', direction: 'desc' }],
        limit: MAX_BINDINGS,
      }),
    countOfUser: (openid: string) => store.count(BINDINGS, { openid }),
    followersOf: (parcelId: string) => store.find<BindingRecord>(BINDINGS, { where: { parcelId }, limit: 1000 }),
    insert: (record: BindingRecord) => store.insert<BindingRecord>(BINDINGS, { _id: bindingId(record.openid, record.parcelId), ...record }),
    update: (openid: string, parcelId: string, patch: Partial<BindingRecord>) =>
      store.update<BindingRecord>(BINDINGS, bindingId(openid, parcelId), patch),
    remove: (openid: string, parcelId: string) => store.remove(BINDINGS, bindingId(openid, parcelId)),
  };
}

export type BindingRepository = ReturnType<typeof createBindingRepository>;

/** What a look-up tells the caller about following: one document read by id. */
export function createFollowFlag(store: DocStore): FollowFlag {
  return { isFollowing: async (openid, parcelId) => (await store.get(BINDINGS, bindingId(openid, parcelId))) !== null };
}
