import { newMilestones } from '../../domain/follow/milestones';
import type { DocStore } from '../../ports/doc-store';
import { createParcelTracker, type ParcelObserver, type TrackerDeps } from '../tracking/track-parcel';
import { createBindingRepository, type BindingRecord } from './binding.repository';
import { notifyFollowers } from './notify-followers';

/** Following's part of recording a trace: the milestones a change adds, told to each follower in the same transaction. */
export function createFollowerNotifications(store: DocStore): ParcelObserver<BindingRecord[]> {
  const bindings = createBindingRepository(store);
  return {
    prepare: async (id, current) => (current?.monitor?.followers ? bindings.followersOf(id) : []),
    async onRecorded(tx, change, followers) {
      if (!followers.length) return;
      const hits = newMilestones(change.previous, change.next, change.nowMs);
      if (hits.length)
        await notifyFollowers(tx, { id: change.id, carrier: change.carrier, waybillNo: change.waybillNo }, followers, hits, change.nowMs);
    },
  };
}

/** The tracker every runtime uses: recording a trace tells the parcel's followers what is new. */
export function createFollowedParcelTracker(deps: TrackerDeps) {
  return createParcelTracker(deps, createFollowerNotifications(deps.store));
}
