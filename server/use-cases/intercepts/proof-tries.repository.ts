import { DuplicateIdError, type DocStore } from '../../ports/doc-store';

export const PROOF_TRIES = 'intercept_proof_tries';

interface ProofTriesRecord {
  openid: string;
  parcelId: string;
  /** When this user typed a wrong phone tail for this parcel, oldest first; the last few only. */
  wrongAtMs: number[];
}

/** Enough to tell whether the last five wrong tries fell within a day. */
const KEEP = 10;

/** Wrong phone tails per user and parcel: five within a day lock intercepts of that parcel for that user for a day. */
export function createProofTries(store: DocStore) {
  const id = (openid: string, parcelId: string) => `${openid}:${parcelId}`;
  return {
    async of(openid: string, parcelId: string): Promise<number[]> {
      return (await store.get<ProofTriesRecord>(PROOF_TRIES, id(openid, parcelId)))?.wrongAtMs ?? [];
    },

    async addWrong(openid: string, parcelId: string, atMs: number): Promise<void> {
      const key = id(openid, parcelId);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const current = await store.get<ProofTriesRecord>(PROOF_TRIES, key);
        const wrongAtMs = [...(current?.wrongAtMs ?? []), atMs].slice(-KEEP);
        if (current) {
          if (await store.update<ProofTriesRecord>(PROOF_TRIES, key, { wrongAtMs }, { ifVersion: current._v })) return;
          continue;
        }
        try {
          await store.insert<ProofTriesRecord>(PROOF_TRIES, { _id: key, openid, parcelId, wrongAtMs });
          return;
        } catch (err) {
          if (!(err instanceof DuplicateIdError)) throw err;
        }
      }
    },
  };
}
