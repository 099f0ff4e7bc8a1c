import type { SqliteDocStore } from '../adapters/sqlite/sqlite-doc-store';

/**
 * Schema changes for the local SQLite store, applied in order, each once. Collections are
 * created on first use; migrations add the indexes the queries rely on and reshape data when a
 * record format changes. Never edit an applied migration: add a new one.
 */
const MIGRATIONS: { name: string; run: (store: SqliteDocStore) => void }[] = [
  {
    name: '001-parcel-lanes',
    run: (store) => store.indexOn('parcels', ['carrier', 'originCity', 'destCity', 'deliveredAtMs']),
  },
  {
    name: '002-following',
    run: (store) => {
      store.indexOn('parcels', ['monitor.active', 'monitor.nextCheckAtMs']);
      store.indexOn('bindings', ['openid', 'followedAtMs']);
      store.indexOn('bindings', ['parcelId']);
      store.indexOn('messages', ['openid', 'createdAtMs']);
      store.indexOn('messages', ['openid', 'read']);
      store.indexOn('outbox', ['state', 'nextAttemptAtMs']);
      store.indexOn('local_inbox', ['openid', 'sentAtMs']);
    },
  },
];

export function applyMigrations(store: SqliteDocStore): string[] {
  return MIGRATIONS.filter((m) => store.migrate(m.name, () => m.run(store))).map((m) => m.name);
}
