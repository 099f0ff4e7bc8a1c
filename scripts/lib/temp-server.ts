import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../server/adapters/system/system-clock';
import { RandomIds } from '../../server/adapters/system/random-ids';
import { createDevSessions } from '../../server/local/dev-session';
import { startLocalServer } from '../../server/local/main';
import { ROOT } from './taro-build';

/** A throwaway product for tests and benchmarks: own data dir, a free port, timers driven by hand. */
export async function startTempServer(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcelmate-'));
  const secret = env.DEV_SESSION_SECRET ?? randomBytes(24).toString('base64url');
  const server = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    h5Dir: join(ROOT, 'dist', 'h5'),
    consoleDir: join(ROOT, 'dist', 'console'),
    functionsRoot: join(ROOT, 'cloudfunctions'),
    env: { LOG_LEVEL: 'silent', DEV_SESSION_SECRET: secret, ...env },
    runTimers: false,
  });
  // Many users at once, without going through dev login's per-address limit on new identities.
  const sessions = createDevSessions(secret, new RandomIds(), systemClock);
  return {
    ...server,
    dataDir,
    /** A dev-session token for a new user, signed with this server's secret. */
    newUserToken(): string {
      const issued = sessions.issue(`user-${randomBytes(6).toString('hex')}`);
      if (!issued.ok) throw new Error(issued.error.message);
      return issued.data.token;
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
