import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../server/local/main';
import { ROOT } from './taro-build';

/** A throwaway product for tests and benchmarks: own data dir, a free port, timers driven by hand. */
export async function startTempServer(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcelmate-'));
  const server = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    h5Dir: join(ROOT, 'dist', 'h5'),
    functionsRoot: join(ROOT, 'cloudfunctions'),
    env: { LOG_LEVEL: 'silent', ...env },
    runTimers: false,
  });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
