import { tableName } from '../../server/adapters/sqlite/sql-conditions';
import type { FunctionName } from '../../types/functions';
import type { StaffFunctionName } from '../../types/staff';
import type { interceptFunctions } from '../../types/intercepts';
import { complaintWorld } from '../support/complaint-world';

/**
 * Bad input to every complaint and staff function, and to the console's login: wrong types,
 * huge strings, missing fields. Each is INVALID_INPUT with a Chinese message, and the database
 * is exactly as it was: nothing half-written.
 */
const w = complaintWorld();
const OWNER = 'o_owner';
const HUGE = '很'.repeat(100_000);
let id: string;
let token: string;

beforeAll(async () => {
  id = (await w.fileDamage(OWNER)).id;
  token = await w.addStaff('li.lead', 'supervisor');
});

/** Every document of every collection, as rows: compared before and after each bad call. */
function snapshot(): string {
  const { db } = w.deps.store;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name}`).all()]));
}

const valid = {
  fileComplaint: () => ({
    waybillNo: 'YT7530129834561',
    type: 'DELAY',
    description: '三天没有任何物流更新了',
    remedy: { kind: 'APOLOGY' },
    contactPhone: '13800138000',
  }),
};

const USER_BAD: Record<
  Exclude<
    FunctionName,
    // Intercepts: test/integration/intercept-rules.test.ts
    | keyof typeof interceptFunctions
    | 'lookup'
    | 'bindParcel'
    | 'unbindParcel'
    | 'listParcels'
    | 'updateParcel'
    | 'reportSubscription'
    | 'listMessages'
    | 'markMessagesRead'
  >,
  [string, () => unknown][]
> = {
  fileComplaint: [
    ['missing fields', () => ({})],
    ['a number for the description', () => ({ ...valid.fileComplaint(), description: 12345678901 })],
    ['a huge description', () => ({ ...valid.fileComplaint(), description: HUGE })],
    ['an unknown type', () => ({ ...valid.fileComplaint(), type: 'ANGRY' })],
    ['compensation without an amount', () => ({ ...valid.fileComplaint(), remedy: { kind: 'COMPENSATION' } })],
    ['a fractional amount', () => ({ ...valid.fileComplaint(), remedy: { kind: 'COMPENSATION', amountFen: 1.5 } })],
    ['a string for evidence', () => ({ ...valid.fileComplaint(), evidence: 'photo.jpg' })],
    ['a huge file id', () => ({ ...valid.fileComplaint(), evidence: ['x'.repeat(100_000)] })],
    ['a bad phone', () => ({ ...valid.fileComplaint(), contactPhone: '12345' })],
    ['not an object', () => [1, 2, 3]],
  ],
  listComplaints: [
    ['a string limit', () => ({ limit: '10' })],
    ['a limit of a million', () => ({ limit: 1_000_000 })],
  ],
  getComplaint: [
    ['missing id', () => ({})],
    ['a numeric id', () => ({ id: 42 })],
    ['a huge id', () => ({ id: HUGE })],
  ],
  addComplaintMessage: [
    ['missing text', () => ({ id })],
    ['an empty text', () => ({ id, text: '   ' })],
    ['a huge text', () => ({ id, text: HUGE })],
    ['an object for text', () => ({ id, text: { a: 1 } })],
  ],
  respondToResolution: [
    ['missing accept', () => ({ id })],
    ['a string for accept', () => ({ id, accept: 'yes' })],
    ['a huge reason', () => ({ id, accept: false, reason: HUGE })],
  ],
  prepareAppeal: [
    ['missing id', () => ({})],
    ['an array id', () => ({ id: [id] })],
  ],
  recordAppeal: [
    ['missing case number', () => ({ id })],
    ['a case number with spaces and symbols', () => ({ id, caseNo: 'SS 2026 <script>' })],
    ['a huge case number', () => ({ id, caseNo: 'A'.repeat(100_000) })],
  ],
  checkEvidence: [
    ['missing file id', () => ({})],
    ['a path for a file id', () => ({ fileId: '../../etc/passwd?x=1' })],
    ['a number for a file id', () => ({ fileId: 7 })],
  ],
};

const STAFF_BAD: Record<StaffFunctionName | 'login', [string, () => unknown][]> = {
  login: [
    ['missing fields', () => ({})],
    ['a numeric password', () => ({ username: 'li.lead', password: 123456789012 })],
    ['a huge password', () => ({ username: 'li.lead', password: HUGE })],
    ['a username with spaces', () => ({ username: 'li lead', password: 'x' })],
  ],
  staffQueue: [
    ['an unknown state', () => ({ state: 'LOST' })],
    ['a string tier', () => ({ tier: '1' })],
    ['a huge assignee', () => ({ assignee: HUGE })],
  ],
  staffGetCase: [
    ['missing id', () => ({})],
    ['a huge id', () => ({ id: HUGE })],
  ],
  staffRevealContact: [
    ['missing id', () => ({})],
    ['a numeric id', () => ({ id: 42 })],
  ],
  staffReply: [
    ['missing text', () => ({ id })],
    ['a huge text', () => ({ id, text: HUGE })],
  ],
  staffResolve: [
    ['missing remedy', () => ({ id, resolution: '补发' })],
    ['a negative amount', () => ({ id, resolution: '赔偿', remedy: { kind: 'COMPENSATION', amountFen: -1 } })],
    ['a huge resolution', () => ({ id, resolution: HUGE, remedy: { kind: 'RESEND' } })],
  ],
  staffAssign: [
    ['missing assignee', () => ({ id })],
    ['an assignee that cannot be a username', () => ({ id, assignee: 'Robert"); DROP TABLE' })],
  ],
  staffSetTier: [
    ['a tier of 4', () => ({ id, tier: 4, reason: '很严重' })],
    ['missing reason', () => ({ id, tier: 3 })],
    ['a huge reason', () => ({ id, tier: 3, reason: HUGE })],
  ],
  staffInterceptQueue: [
    ['a limit of 0', () => ({ limit: 0 })],
    ['a string limit', () => ({ limit: 'all' })],
  ],
  staffInterceptAlerts: [
    ['a limit of 101', () => ({ limit: 101 })],
    ['a fractional limit', () => ({ limit: 1.5 })],
  ],
  staffResolveIntercept: [
    ['a failure without a note', () => ({ id: 'IC20261123000001', outcome: 'FAILED', note: ' ' })],
    ['an unknown outcome', () => ({ id: 'IC20261123000001', outcome: 'MAYBE' })],
    ['a huge note', () => ({ id: 'IC20261123000001', outcome: 'SUCCEEDED', note: HUGE })],
  ],
  staffReport: [
    ['a date that is not one', () => ({ from: 'yesterday' })],
    ['an end before the start', () => ({ from: '2026-12-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' })],
  ],
};

const rows = <K extends string>(table: Record<K, [string, () => unknown][]>) =>
  (Object.entries(table) as [K, [string, () => unknown][]][]).flatMap(([fn, cases]) =>
    cases.map(([what, body]) => [fn, what, body] as const),
  );

test.each(rows(USER_BAD))('%s with %s: INVALID_INPUT in Chinese, nothing written', async (fn, _what, body) => {
  const before = snapshot();
  const reply = await w.call(fn, body(), OWNER);
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(!reply.ok && reply.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(snapshot()).toBe(before);
});

test.each(rows(STAFF_BAD))('%s with %s: INVALID_INPUT in Chinese, nothing written', async (fn, _what, body) => {
  const before = snapshot();
  const reply = await w.staff(fn, body(), token);
  expect(reply).toMatchObject({ status: 400, ok: false, error: { code: 'INVALID_INPUT' } });
  expect(!reply.ok && reply.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(snapshot()).toBe(before);
});

test('the snapshot sees every collection the complaint functions write', () => {
  const names = (w.deps.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (t) => t.name,
  );
  for (const collection of ['complaints', 'case_log', 'evidence_checks', 'files', 'staff_accounts', 'staff_login_attempts'])
    expect(names).toContain(tableName(collection).replace(/"/g, ''));
});
