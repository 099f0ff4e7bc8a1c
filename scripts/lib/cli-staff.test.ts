import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { createAllFunctions } from '../../server/functions';
import { buildLocalDeps } from '../../server/local/local-deps';
import { CASE_LOG } from '../../server/use-cases/complaints/complaint.repository';
import { STAFF_ACCOUNTS } from '../../server/use-cases/staff/staff-account.repository';
import { addStaffFromCli, verifyCaseFromCli } from './cli-staff';

/** `cli staff add` and `cli verify-case` on a DATA_DIR, as an operator runs them next to `npm start`. */
const dataDir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
const previous = process.env.DATA_DIR;
let caseId: string;

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  const deps = buildLocalDeps({ LOG_LEVEL: 'silent' }, dataDir);
  const fns = createAllFunctions(deps);
  const filed = await fns.fileComplaint(
    {
      waybillNo: 'YT7530129834561',
      type: 'DELAY',
      description: '三天没有任何物流更新了',
      remedy: { kind: 'APOLOGY' },
      contactPhone: '13800138000',
    },
    { openid: 'o_cli' },
  );
  if (!filed.ok) throw new Error(filed.error.message);
  caseId = (filed.data as { complaint: { id: string } }).complaint.id;
  await fns.addComplaintMessage({ id: caseId, text: '请尽快处理' }, { openid: 'o_cli' });
  await fns.addComplaintMessage({ id: caseId, text: '还没有消息' }, { openid: 'o_cli' });
  deps.close();
});

afterAll(() => {
  process.env.DATA_DIR = previous;
  rmSync(dataDir, { recursive: true, force: true });
});

const withStore = (work: (store: SqliteDocStore) => void) => {
  const store = new SqliteDocStore(join(dataDir, 'parcelmate.sqlite'));
  work(store);
  store.close();
};

test('staff add creates an account with a scrypt hash, and sets a new password on a second run', async () => {
  await expect(addStaffFromCli({ username: 'Lina', role: 'supervisor', password: 'correct-horse-battery-staple' })).resolves.toBe(
    'CREATED',
  );
  await expect(addStaffFromCli({ username: 'lina', role: 'agent', password: 'another-long-password' })).resolves.toBe('UPDATED');
  await expect(addStaffFromCli({ username: 'lina', role: 'agent', password: 'short' })).rejects.toMatchObject({
    userMessage: '密码至少 12 位',
  });
  withStore((store) => {
    const row = store.db.prepare(`SELECT data FROM c_${STAFF_ACCOUNTS} WHERE id = 'lina'`).get() as { data: string };
    expect(JSON.parse(row.data)).toMatchObject({ role: 'agent', passwordHash: expect.stringMatching(/^\$scrypt\$ln=15,r=8,p=3\$/) });
  });
});

test('verify-case passes an untouched log, and catches an edited entry and a deleted newest entry', async () => {
  await expect(verifyCaseFromCli(caseId)).resolves.toMatchObject({ ok: true, count: 3 });
  withStore((store) => {
    const table = `c_${CASE_LOG}`;
    const second = store.db.prepare(`SELECT id, data FROM ${table} WHERE id = ?`).get(`${caseId}:000002`) as { id: string; data: string };
    const edited = JSON.parse(second.data);
    edited.data.text = '我很满意';
    store.db.prepare(`UPDATE ${table} SET data = ? WHERE id = ?`).run(JSON.stringify(edited), second.id);
  });
  await expect(verifyCaseFromCli(caseId)).resolves.toMatchObject({ ok: false, index: 1, problem: 'HASH_MISMATCH' });

  withStore((store) => {
    const table = `c_${CASE_LOG}`;
    const second = store.db.prepare(`SELECT id, data FROM ${table} WHERE id = ?`).get(`${caseId}:000002`) as { id: string; data: string };
    const restored = JSON.parse(second.data);
    restored.data.text = '请尽快处理';
    store.db.prepare(`UPDATE ${table} SET data = ? WHERE id = ?`).run(JSON.stringify(restored), second.id);
    store.db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(`${caseId}:000003`);
  });
  await expect(verifyCaseFromCli(caseId)).resolves.toMatchObject({ ok: false, problem: 'HEAD_MISMATCH' });
  await expect(verifyCaseFromCli('no-such-case')).resolves.toBeNull();
});
