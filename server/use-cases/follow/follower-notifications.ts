import { newMilestones, type MilestoneHit } from '../../domain/follow/milestones';
import { AWAITING_KEY_MOMENT } from '../../domain/follow/notification-policy';
import type { DocStore } from '../../ports/doc-store';
import { PARCELS } from '../tracking/parcel.repository';
import { createParcelTracker, type ParcelObserver, type TrackerDeps } from '../tracking/track-parcel';
import { createBindingRepository } from './binding.repository';
import { notifyFollowers, type FollowerContext } from './notify-followers';

const AWAITING = [...AWAITING_KEY_MOMENT];

interface Prepared {
  hits: MilestoneHit[];
  followers: FollowerContext[];
}

/** Following's part of recording a trace: the milestones a change adds, told to each follower in the same transaction. */
export function createFollowerNotifications(store: DocStore): ParcelObserver<Prepared> {
  const bindings = createBindingRepository(store);

  /** How many of the user's other monitored parcels still wait for their key moment: each keeps a credit in reserve. */
  async function othersAwaiting(openid: string, parcelId: string): Promise<number> {
    const others = (await bindings.ofUser(openid)).map((b) => b.parcelId).filter((id) => id !== parcelId);
    if (!others.length) return 0;
    return store.count(PARCELS, { _id: { in: others }, status: { in: AWAITING }, 'monitor.active': true });
  }

  return {
    // Queries run here, before the transaction (云开发 transactions allow document operations only), and only when there is news.
    async prepare(change) {
      const hits = newMilestones(change.previous, change.next, change.nowMs);
      if (!hits.length || !change.previous?.monitor?.followers) return { hits, followers: [] };
      const followers = await bindings.followersOf(change.id);
      return {
        hits,
        followers: await Promise.all(
          followers.map(async (binding) => ({ binding, othersAwaiting: await othersAwaiting(binding.openid, change.id) })),
        ),
      };
    },
    async onRecorded(tx, change, { hits, followers }) {
      if (!hits.length || !followers.length) return;
      const parcel = {
        id: change.id,
        carrier: change.carrier,
        waybillNo: change.waybillNo,
        previousStatus: change.previous?.status ?? null,
      };
      await notifyFollowers(tx, parcel, followers, hits, change.nowMs);
    },
  };
}

/** The tracker every runtime uses: recording a trace tells the parcel's followers what is new. */
export function createFollowedParcelTracker(deps: TrackerDeps) {
  return createParcelTracker(deps, createFollowerNotifications(deps.store));
}
