import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jpeg } from '../../server/adapters/evidence/test-media';
import { createAllFunctions, createAllHttp } from '../../server/functions';
import { createDevSessions } from '../../server/local/dev-session';
import { createHttpGateway } from '../../server/local/http-gateway';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import { FUNCTION_NAMES, type FunctionName } from '../../types/functions';
import { STAFF_FUNCTION_NAMES, type StaffFunctionName } from '../../types/staff';
import { interceptFunctions as INTERCEPT_FUNCTIONS } from '../../types/intercepts';
import { reportCount } from '../support/raw-http';
import { testDeps } from '../support/app-deps';
import { checkReply, checkStaffReply } from '../support/contract';
import { DAMAGE, STAFF_PASSWORD } from '../support/complaint-world';
import { SequentialIds } from '../../server/adapters/system/random-ids';
import { ManualClock } from '../../server/adapters/system/system-clock';

/**
 * Who may call what, cell by cell, through the local gateway as a browser calls it: every user
 * and staff function × the case's owner, another user, nobody, an agent, a supervisor. Staff
 * tokens are refused on user functions and user tokens on staff functions.
 */
const WHO = ['owner', 'other', 'anonymous', 'agent', 'supervisor'] as const;
type Who = (typeof WHO)[number];
type Verdict = 'allowed' | 'FORBIDDEN';

const deps = testDeps({ clock: new ManualClock(Date.parse('2026-11-23T09:00:00+08:00')), ids: new SequentialIds('case') });
let server: Server;
let base: string;
const tokens = {} as Record<Who, string | undefined>;
const ids = {} as { open: string; resolved: string; ownersFile: string; uncheckedFile: string; intercepts: Record<Who, string> };

async function post(path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } } };
}

const user = async (fn: FunctionName, body: unknown, who: Who) => {
  const { status, json } = await post(`/api/${fn}`, body, tokens[who]);
  checkReply(fn, json);
  return { status, json };
};
const staff = async (fn: StaffFunctionName, body: unknown, who: Who) => {
  const { status, json } = await post(`/console/api/${fn}`, body, tokens[who]);
  checkStaffReply(fn, json);
  return { status, json };
};

function clientUpload(name: string): string {
  return deps.cloudFiles.clientUpload(`uploads/${name}`, jpeg());
}

beforeAll(async () => {
  const sessions = createDevSessions('authorization-test-secret', new SequentialIds('sess-user'), deps.clock);
  server = createServer(
    createHttpGateway({
      functions: createAllFunctions(deps),
      sessions,
      devRoutes: null,
      http: createAllHttp(deps),
      serveStatic: async (_req, res) => void res.writeHead(404).end(),
      log: deps.log,
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  for (const who of ['owner', 'other'] as const) {
    const issued = sessions.issue(who);
    if (!issued.ok) throw new Error(issued.error.message);
    tokens[who] = issued.data.token;
  }
  const addStaff = createAddStaff(deps);
  await addStaff({ username: 'wang.agent', role: 'agent', password: STAFF_PASSWORD });
  await addStaff({ username: 'li.lead', role: 'supervisor', password: STAFF_PASSWORD });
  for (const [who, username] of [
    ['agent', 'wang.agent'],
    ['supervisor', 'li.lead'],
  ] as const) {
    tokens[who] = ((await post('/console/api/login', { username, password: STAFF_PASSWORD })).json.data as { token: string }).token;
  }

  // The owner's two cases: one open, one with a resolution waiting for them; a checked file and an unchecked one.
  const evidence = [clientUpload('box.jpg'), clientUpload('glass.jpg')];
  for (const fileId of evidence) await user('checkEvidence', { fileId }, 'owner');
  ids.open = ((await user('fileComplaint', { ...DAMAGE, evidence }, 'owner')).json.data as { complaint: { id: string } }).complaint.id;
  const lost = { ...DAMAGE, type: 'LOST', remedy: { kind: 'COMPENSATION', amountFen: 9900 } };
  ids.resolved = (
    (await user('fileComplaint', { ...lost, evidence: [] }, 'owner')).json.data as { complaint: { id: string } }
  ).complaint.id;
  await staff('staffResolve', { id: ids.resolved, resolution: '已找到包裹，明天送达', remedy: { kind: 'RESEND' } }, 'supervisor');
  ids.ownersFile = evidence[0];
  ids.uncheckedFile = clientUpload('later.jpg');

  // Paid intercepts waiting for staff, one per caller who may resolve one (a resolved one cannot be resolved again).
  ids.intercepts = {} as Record<Who, string>;
  for (const [who, waybillNo] of [
    ['agent', 'YT7530129834561'],
    ['supervisor', 'YT7530129834571'],
  ] as const) {
    await user('lookup', { waybillNo }, 'other');
    const asked = await user('requestIntercept', { waybillNo, type: 'RETURN', phoneTail: '1234' }, 'other');
    const { id } = (asked.json.data as { intercept: { id: string } }).intercept;
    await deps.localPay.settle(id, 'SUCCESS');
    ids.intercepts[who] = id;
  }
});

afterAll(() => new Promise((ok) => server.close(ok)));

/** Each function's request, and who may make it. Rows run in order; a row's owner cell runs first. */
/** Intercepts have their own matrix, over paid orders: test/integration/intercept-authorization.test.ts. */
type CoveredHere = Exclude<FunctionName, keyof typeof INTERCEPT_FUNCTIONS>;
const USER_CELLS: Record<CoveredHere, { body: () => object; allowed: Who[] }> = {
  checkEvidence: { body: () => ({ fileId: ids.uncheckedFile }), allowed: ['owner'] },
  fileComplaint: {
    body: () => ({ ...DAMAGE, type: 'DELAY', remedy: { kind: 'APOLOGY' }, evidence: [ids.ownersFile] }),
    allowed: ['owner'],
  },
  listComplaints: { body: () => ({}), allowed: ['owner', 'other'] },
  getComplaint: { body: () => ({ id: ids.open }), allowed: ['owner'] },
  addComplaintMessage: { body: () => ({ id: ids.open, text: '请尽快处理' }), allowed: ['owner'] },
  respondToResolution: { body: () => ({ id: ids.resolved, accept: false, reason: '还没收到' }), allowed: ['owner'] },
  prepareAppeal: { body: () => ({ id: ids.resolved }), allowed: ['owner'] },
  recordAppeal: { body: () => ({ id: ids.resolved, caseNo: 'SS20261123001' }), allowed: ['owner'] },
  // Parcel functions are covered by their own tests; here they only fill the registry's rows.
  lookup: { body: () => ({ waybillNo: DAMAGE.waybillNo }), allowed: ['owner', 'other'] },
  bindParcel: { body: () => ({ waybillNo: DAMAGE.waybillNo }), allowed: ['owner', 'other'] },
  listParcels: { body: () => ({}), allowed: ['owner', 'other'] },
  updateParcel: { body: () => ({ parcelId: `YTO:${DAMAGE.waybillNo}`, remark: '杯子' }), allowed: ['owner', 'other'] },
  unbindParcel: { body: () => ({ parcelId: `YTO:${DAMAGE.waybillNo}` }), allowed: ['owner', 'other'] },
  reportSubscription: { body: () => ({ results: { service: 'accept' } }), allowed: ['owner', 'other'] },
  listMessages: { body: () => ({}), allowed: ['owner', 'other'] },
  markMessagesRead: { body: () => ({}), allowed: ['owner', 'other'] },
};

const STAFF_CELLS: Record<StaffFunctionName, { body: (who: Who) => object; allowed: Who[] }> = {
  staffQueue: { body: () => ({}), allowed: ['agent', 'supervisor'] },
  staffGetCase: { body: () => ({ id: ids.open }), allowed: ['agent', 'supervisor'] },
  staffAssign: { body: () => ({ id: ids.open, assignee: 'wang.agent' }), allowed: ['agent', 'supervisor'] },
  staffReply: { body: () => ({ id: ids.open, text: '已联系网点' }), allowed: ['agent', 'supervisor'] },
  staffSetTier: { body: () => ({ id: ids.open, tier: 3, reason: '涉及金额较大' }), allowed: ['agent', 'supervisor'] },
  staffResolve: {
    body: () => ({ id: ids.open, resolution: '赔偿 88 元', remedy: { kind: 'COMPENSATION', amountFen: 8800 } }),
    allowed: ['agent', 'supervisor'],
  },
  staffRevealContact: { body: () => ({ id: ids.open }), allowed: ['agent', 'supervisor'] },
  staffReport: { body: () => ({}), allowed: ['supervisor'] },
  staffInterceptQueue: { body: () => ({}), allowed: ['agent', 'supervisor'] },
  staffInterceptAlerts: { body: () => ({}), allowed: ['agent', 'supervisor'] },
  staffResolveIntercept: {
    body: (who) => ({ id: ids.intercepts[who] ?? ids.intercepts.agent, outcome: 'SUCCEEDED', note: '已联系网点改派' }),
    allowed: ['agent', 'supervisor'],
  },
};

const cells = <N extends string>(table: Record<N, { allowed: Who[] }>, names: readonly N[]) =>
  names.flatMap((fn) => WHO.map((who) => [fn, who, table[fn].allowed.includes(who) ? 'allowed' : 'FORBIDDEN'] as const));

const INTERCEPT_FNS: string[] = Object.keys(INTERCEPT_FUNCTIONS);
const USER_FNS = Object.keys(USER_CELLS).filter((fn) => FUNCTION_NAMES.includes(fn as FunctionName)) as CoveredHere[];
const userCells = cells(USER_CELLS, USER_FNS);
const staffCells = cells(STAFF_CELLS, Object.keys(STAFF_CELLS) as StaffFunctionName[]);

test('the tables cover every user and staff function', () => {
  expect([...USER_FNS].sort()).toEqual(FUNCTION_NAMES.filter((fn) => !INTERCEPT_FNS.includes(fn)).sort());
  expect(Object.keys(STAFF_CELLS).sort()).toEqual([...STAFF_FUNCTION_NAMES].sort());
  reportCount('authorization cells (function × caller)', userCells.length + staffCells.length);
});

test.each(userCells)('user function %s as %s: %s', async (fn, who, expected: Verdict) => {
  const { status, json } = await user(fn, USER_CELLS[fn].body(), who);
  if (expected === 'allowed') expect({ status, ok: json.ok }).toEqual({ status: 200, ok: true });
  else expect({ status, code: json.error?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  if (fn === 'listComplaints' && who === 'other') expect(json.data?.items).toEqual([]);
});

test.each(staffCells)('staff function %s as %s: %s', async (fn, who, expected: Verdict) => {
  const { status, json } = await staff(fn, STAFF_CELLS[fn].body(who), who);
  if (expected === 'allowed') expect({ status, ok: json.ok }).toEqual({ status: 200, ok: true });
  else expect({ status, code: json.error?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
});
