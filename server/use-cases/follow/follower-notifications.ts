import { newMilestones, type MilestoneHit } from '../../domain/follow/milestones';
import type { DocStore } from '../../ports/doc-store';
import { createParcelTracker, type ParcelObserver, type TrackerDeps } from '../tracking/track-parcel';
import { createBindingRepository, type BindingRecord } from './binding.repository';
import { notifyFollowers } from './notify-followers';

interface Prepared {
  hits: MilestoneHit[];
  followers: BindingRecord[];
}

/** Following's part of recording a trace: the milestones a change adds, told to each follower in the same transaction. */
export function createFollowerNotifications(store: DocStore): ParcelObserver<Prepared> {
  const bindings = createBindingRepository(store);
  return {
    async prepare(change) {
      const hits = newMilestones(change.previous, change.next, change.nowMs);
      // Followers are looked up only when there is something to tell them.
      const followers = hits.length && change.previous?.monitor?.followers ? await bindings.followersOf(change.id) : [];
      return { hits, followers };
    },
    async onRecorded(tx, change, { hits, followers }) {
      if (hits.length && followers.length)
        await notifyFollowers(tx, { id: change.id, carrier: change.carrier, waybillNo: change.waybillNo }, followers, hits, change.nowMs);
    },
  };
}

/** The tracker every runtime uses: recording a trace tells the parcel's followers what is new. */
export function createFollowedParcelTracker(deps: TrackerDeps) {
  return createParcelTracker(deps, createFollowerNotifications(deps.store));
}
