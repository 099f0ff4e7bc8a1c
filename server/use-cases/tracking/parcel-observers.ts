import type { ParcelObserver } from './track-parcel';

/** Several observers as one: each prepares outside the transaction and acts inside it, in order. */
export function combineObservers(...observers: ParcelObserver[]): ParcelObserver<unknown[]> {
  return {
    prepare: (change) => Promise.all(observers.map((o) => o.prepare(change))),
    async onRecorded(tx, change, prepared) {
      for (const [i, observer] of observers.entries()) await observer.onRecorded(tx, change, prepared[i]);
    },
  };
}
