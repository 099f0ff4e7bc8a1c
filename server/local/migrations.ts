import type { SqliteDocStore } from '../adapters/sqlite/sqlite-doc-store';
import { tableName } from '../adapters/sqlite/sql-conditions';
import { LANE_SAMPLE, LANE_STATS, laneId, type LaneRecord } from '../use-cases/tracking/lane-stats.repository';

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
  {
    name: '003-lane-stats',
    // Lane durations moved from a query over delivered parcels to one document per lane.
    run: (store) => {
      const rows = store.db
        .prepare(
          `SELECT json_extract(data, '$.carrier') AS carrier, json_extract(data, '$.originCity') AS origin, json_extract(data, '$.destCity') AS dest,
                  (json_extract(data, '$.deliveredAtMs') - json_extract(data, '$.collectedAtMs')) / 3600000.0 AS hours
           FROM ${tableName('parcels')} WHERE json_extract(data, '$.deliveredAtMs') > 0 AND json_extract(data, '$.collectedAtMs') > 0
             AND json_extract(data, '$.originCity') IS NOT NULL AND json_extract(data, '$.destCity') IS NOT NULL
           ORDER BY json_extract(data, '$.deliveredAtMs')`,
        )
        .all() as { carrier: string; origin: string; dest: string; hours: number }[];
      const lanes = new Map<string, LaneRecord>();
      for (const r of rows) {
        if (!(r.hours > 0)) continue;
        const id = laneId(r.carrier, r.origin, r.dest);
        const lane = lanes.get(id) ?? { carrier: r.carrier, originCity: r.origin, destCity: r.dest, hours: [] };
        lane.hours = [...lane.hours, r.hours].slice(-LANE_SAMPLE);
        lanes.set(id, lane);
      }
      store.indexOn(LANE_STATS, ['carrier']); // creates the table
      const insert = store.db.prepare(`INSERT OR REPLACE INTO ${tableName(LANE_STATS)} (id, v, data) VALUES (?, 1, ?)`);
      for (const [id, lane] of lanes) insert.run(id, JSON.stringify(lane));
    },
  },
  {
    name: '004-intercepts',
    run: (store) => {
      store.indexOn('intercepts', ['openid', 'createdAtMs']);
      store.indexOn('intercepts', ['parcelId', 'state']);
      store.indexOn('intercepts', ['nextCheckAtMs']);
      store.indexOn('intercepts', ['state', 'channel', 'submittedAtMs']);
    },
  },
];

export function applyMigrations(store: SqliteDocStore): string[] {
  return MIGRATIONS.filter((m) => store.migrate(m.name, () => m.run(store))).map((m) => m.name);
}
