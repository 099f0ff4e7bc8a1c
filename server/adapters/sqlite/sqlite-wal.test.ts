import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCount } from '../../../test/support/raw-http';
import { testDeps } from '../../../test/support/app-deps';
import { createAllFunctions } from '../../functions';
import { SqliteDocStore } from './sqlite-doc-store';

const LOOKUPS = 3000;

test(`regression: the WAL grew without bound under look-ups (rate-limit increments held a read transaction open); after ${LOOKUPS} it stays small`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-wal-'));
  const file = join(dir, 'parcelmate.sqlite');
  const store = new SqliteDocStore(file);
  try {
    const deps = testDeps({ store });
    const { lookup } = createAllFunctions(deps);
    for (let i = 0; i < LOOKUPS; i += 1) {
      const reply = await lookup({ waybillNo: 'YT7530129834561' }, { openid: `o_user${i % 100}` });
      expect(reply.ok).toBe(true);
    }
    const walBytes = statSync(`${file}-wal`).size;
    reportCount('WAL bytes after look-ups', walBytes);
    // Each look-up writes at least one page (4 KB): without checkpoints 3000 of them pass 12 MB.
    expect(walBytes).toBeLessThan(8 * 1024 * 1024);
    const [checkpoint] = store.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    expect(checkpoint.busy).toBe(0);
    expect(checkpoint.checkpointed).toBe(checkpoint.log);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
