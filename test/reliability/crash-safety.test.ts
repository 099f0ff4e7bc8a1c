import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { systemClock } from '../../server/adapters/system/system-clock';
import { RandomIds } from '../../server/adapters/system/random-ids';
import { createDevSessions } from '../../server/local/dev-session';
import { reportCount } from '../support/raw-http';
import { kill, startServerProcess } from '../support/server-process';

const SECRET = 'crash-safety-test-secret-000000';
const CYCLES = 3;
const USERS = 60;

interface Binding {
  openid: string;
  parcelId: string;
}

function post(url: string, name: string, body: unknown, token?: string) {
  return fetch(`${url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

test(`crash safety: SIGKILL during bursts of binds, unbinds and monitor runs, ${CYCLES} times, loses no acknowledged write and leaves nothing half-written`, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pm-crash-'));
  const sessions = createDevSessions(SECRET, new RandomIds(), systemClock);
  const users = Array.from({ length: USERS }, (_, i) => {
    const issued = sessions.issue(`user${i}`);
    if (!issued.ok) throw new Error('no token');
    return issued.data;
  });
  const bound = new Map<string, Binding>(); // acknowledged binds, by openid:parcelId
  const unbound = new Set<string>(); // acknowledged unbinds
  let acknowledged = 0;
  try {
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const { url, child } = await startServerProcess(dataDir, { DEV_SESSION_SECRET: SECRET });
      let running = true;
      const worker = async (w: number) => {
        for (let i = 0; running; i += 1) {
          const user = users[(w * 7 + (i % 3)) % USERS];
          const no = `YT75${String(cycle).padStart(2, '0')}${String(w).padStart(3, '0')}${String(i % 12).padStart(5, '0')}1`;
          const key = `${user.openid}:YTO:${no}`;
          try {
            const unbind = bound.has(key) && i % 3 === 0;
            const res = unbind
              ? await post(url, 'unbindParcel', { parcelId: `YTO:${no}` }, user.token)
              : await post(url, 'bindParcel', { waybillNo: no }, user.token);
            if (res.status !== 200) continue;
            acknowledged += 1;
            if (unbind) {
              bound.delete(key);
              unbound.add(key);
            } else {
              bound.set(key, { openid: user.openid, parcelId: `YTO:${no}` });
              unbound.delete(key);
            }
          } catch {
            // The server is gone. This request's outcome is unknown (it may have committed before the
            // answer was lost), so its parcel is checked neither way.
            bound.delete(key);
            unbound.delete(key);
            return;
          }
        }
      };
      const monitor = async () => {
        while (running) {
          await post(url, '_dev/clock', { advanceMs: 30 * 60_000 }).catch(() => null);
          if (!(await post(url, '_dev/run/monitor', {}).catch(() => null))) return;
        }
      };
      const work = Promise.all([...Array.from({ length: 6 }, (_, w) => worker(w)), monitor()]);
      await new Promise((ok) => setTimeout(ok, 700 + cycle * 300));
      await kill(child);
      running = false;
      await work;
    }

    // Every acknowledged write survived, as each user sees it after a restart.
    const { url, child } = await startServerProcess(dataDir, { DEV_SESSION_SECRET: SECRET });
    let checked = 0;
    try {
      for (const user of users) {
        const res = await post(url, 'listParcels', {}, user.token);
        const mine = new Set(((await res.json()) as { data: { items: { parcel: { id: string } }[] } }).data.items.map((i) => i.parcel.id));
        for (const b of bound.values()) {
          if (b.openid !== user.openid) continue;
          expect(mine.has(b.parcelId)).toBe(true);
          checked += 1;
        }
        for (const key of unbound) {
          if (!key.startsWith(`${user.openid}:`)) continue;
          expect(mine.has(key.slice(user.openid.length + 1))).toBe(false);
          checked += 1;
        }
      }
    } finally {
      await kill(child);
    }

    // Nothing half-written: each parcel's follower count is its number of bindings; each queued push has its message.
    const store = new SqliteDocStore(join(dataDir, 'parcelmate.sqlite'));
    try {
      const bindings = await store.find<{ parcelId: string }>('bindings', { limit: 1000 });
      const parcels = await store.find<{ monitor?: { followers: number } }>('parcels', { limit: 1000 });
      const perParcel = new Map<string, number>();
      for (const b of bindings) perParcel.set(b.parcelId, (perParcel.get(b.parcelId) ?? 0) + 1);
      for (const p of parcels) expect(p.monitor?.followers ?? 0).toBe(perParcel.get(p._id) ?? 0);
      for (const b of bindings) expect(parcels.some((p) => p._id === b.parcelId)).toBe(true);
      const outbox = await store.find<{ messageId: string }>('outbox', { limit: 1000 });
      for (const o of outbox) expect(await store.get('messages', o.messageId)).not.toBeNull();
      reportCount('crash safety: acknowledged writes (binds and unbinds)', acknowledged);
      reportCount('crash safety: of them unbinds still in force', unbound.size);
      reportCount('crash safety: writes checked after restart', checked);
      reportCount('crash safety: parcels checked for consistency', parcels.length);
      expect(acknowledged).toBeGreaterThan(50);
      expect(parcels.length).toBeLessThan(1000); // all of them were read above
    } finally {
      store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
