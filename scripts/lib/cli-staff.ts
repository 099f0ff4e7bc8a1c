import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { systemClock } from '../../server/adapters/system/system-clock';
import { createScryptHasher } from '../../server/adapters/staff/scrypt-password-hasher';
import { applyMigrations } from '../../server/local/migrations';
import { localOptionsFromEnv } from '../../server/local/main';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import { createVerifyCase } from '../../server/use-cases/complaints/verify-case.use-case';
import type { StaffRole } from '../../types/staff';
import { ROOT } from './taro-build';

/** The local database under DATA_DIR, as `npm start` opens it. */
function openStore(): SqliteDocStore {
  const { dataDir } = localOptionsFromEnv(process.env, ROOT);
  mkdirSync(dataDir, { recursive: true });
  const store = new SqliteDocStore(join(dataDir, 'parcelmate.sqlite'));
  applyMigrations(store);
  return store;
}

/** `cli staff add <username> --role agent|supervisor`, the password from stdin. */
export async function addStaffFromCli(input: { username: string; role: StaffRole; password: string }) {
  const store = openStore();
  try {
    return await createAddStaff({ store, clock: systemClock, passwords: createScryptHasher() })(input);
  } finally {
    store.close();
  }
}

/** `cli verify-case <id>`: the chain's verdict, or null when there is no such case. */
export async function verifyCaseFromCli(id: string) {
  const store = openStore();
  try {
    return await createVerifyCase({ store })(id);
  } finally {
    store.close();
  }
}
