import type { DocStore } from '../../ports/doc-store';

export const CARRIER_PREFIXES = 'carrier_prefixes';

/** How often numbers of one prefix (length + first four characters) turned out to be each carrier. */
export interface PrefixStats {
  counts: Record<string, number>;
}

const ATTEMPTS = 3;

export function createPrefixStats(store: DocStore) {
  return {
    async counts(prefix: string): Promise<Record<string, number>> {
      return (await store.get<PrefixStats>(CARRIER_PREFIXES, prefix))?.counts ?? {};
    },

    /** One more number of this prefix confirmed under `carrier`; a lost race retries, a lost count is harmless. */
    async confirm(prefix: string, carrier: string): Promise<void> {
      for (let i = 0; i < ATTEMPTS; i += 1) {
        const current = await store.get<PrefixStats>(CARRIER_PREFIXES, prefix);
        const counts = { ...current?.counts, [carrier]: (current?.counts[carrier] ?? 0) + 1 };
        if (!current) {
          try {
            await store.insert<PrefixStats>(CARRIER_PREFIXES, { _id: prefix, counts });
            return;
          } catch (err) {
            if ((err as Error).name !== 'DuplicateIdError') throw err;
            continue;
          }
        }
        if (await store.update<PrefixStats>(CARRIER_PREFIXES, prefix, { counts }, { ifVersion: current._v })) return;
      }
    },
  };
}
