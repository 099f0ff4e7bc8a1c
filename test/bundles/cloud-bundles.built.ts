import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTempServer } from '../../scripts/lib/temp-server';
import { LOCAL_INBOX, type InboxRecord } from '../../server/adapters/wechat/local-inbox-notifier';
import { prepareBundleRunner, type BundleRunner } from './bundle-runner';
import { createScryptHasher } from '../../server/adapters/staff/scrypt-password-hasher';
import { STAFF_ACCOUNTS } from '../../server/use-cases/staff/staff-account.repository';
import { FUNCTION_ENV, SCENARIO, STAFF, START_MS, type Step, type Who } from './scenario';

/**
 * The built cloud functions (dist/cloudfunctions/<name>/index.js), each loaded in a fresh Node
 * process against a faithful wx-server-sdk, answer every step of the scenario exactly as the local
 * server does. Both runtimes see the same pinned time; random ids are compared by position.
 */
const APPID = 'wx0123456789abcdef';
const ENV = { ENV: 'test-env-1a2b3c' };

let runner: BundleRunner;
let server: Awaited<ReturnType<typeof startTempServer>>;
const users = {} as Record<Who, { token: string; openid: string }>;
let nowMs = START_MS;

/** What each runtime's earlier steps made: the case filed, the files uploaded, the staff token. */
interface Refs {
  case?: string;
  staff?: string;
  files: Record<string, string>;
}
const refs: Record<'local' | 'cloud', Refs> = { local: { files: {} }, cloud: { files: {} } };

/** Step data with '<case>' and '<file:NAME>' replaced by what they are in one runtime. */
function resolveRefs(value: unknown, r: Refs): unknown {
  if (value === '<case>') return r.case;
  if (typeof value === 'string' && value.startsWith('<file:')) return r.files[value.slice(6, -1)];
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, r));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, r)]));
  return value;
}

/** Remembers the case a step filed and the token a console login gave. */
function capture(answer: unknown, r: Refs) {
  const data = (answer as { data?: { complaint?: { id?: string }; token?: string } } | null)?.data;
  if (data?.complaint?.id && !r.case) r.case = data.complaint.id;
  if (data?.token) r.staff = data.token;
}

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const json: Record<string, string> = path.startsWith('api/') ? { 'content-type': 'application/json' } : {};
  const res = await fetch(new URL(path, server.url), { method: 'POST', body, headers: { ...json, ...headers } });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
}

beforeAll(async () => {
  // Only Date is faked: the local server reads the same pinned time as the bundles' processes.
  jest.useFakeTimers({
    now: START_MS,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  runner = await prepareBundleRunner(FUNCTION_ENV);
  server = await startTempServer({ ...FUNCTION_ENV, LOG_LEVEL: 'silent' });
  for (const who of ['alice', 'bob'] as const) users[who] = JSON.parse((await post('api/_dev/login', '{}')).body).data;
  // The same staff account in both databases, with a quick hash (a good login upgrades it).
  const account = {
    username: STAFF.username,
    role: 'supervisor',
    passwordHash: await createScryptHasher({ ln: 10, r: 8, p: 1 }).hash(STAFF.password),
    createdAtMs: START_MS,
    updatedAtMs: START_MS,
  };
  await server.deps.store.insert(STAFF_ACCOUNTS, { _id: STAFF.username, ...account });
  runner.seed(STAFF_ACCOUNTS, STAFF.username, account);
}, 60_000);

afterAll(async () => {
  await server?.close();
  runner?.close();
  jest.useRealTimers();
});

/** Replaces random ids (RandomIds: 22 base64url characters; 云开发 auto ids: 32 hex; fileIDs; log hashes) by their order of appearance. */
function idNormalizer() {
  const seen = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    // File links differ by runtime (a signed local path, a 云开发 temporary URL): only their presence is compared.
    if (typeof v === 'string' && (v.startsWith('/files/') || /^https:\/\/[^/]+\.tcb\.qcloud\.la\//.test(v))) return '<link>';
    // Random ids, cloud fileIDs, and the case-log hashes that chain from a random case id.
    if (typeof v === 'string' && /^([A-Za-z0-9_-]{22}|[0-9a-f]{32}|[0-9a-f]{64}|cloud:\/\/\S+)$/.test(v)) {
      if (!seen.has(v)) seen.set(v, `<id ${seen.size + 1}>`);
      return seen.get(v);
    }
    // The case log's newest hash quoted in a prepared 12305 appeal text.
    if (typeof v === 'string' && /[0-9a-f]{64}/.test(v)) return v.replace(/[0-9a-f]{64}/g, (hash) => walk(hash) as string);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk;
}
const localIds = idNormalizer();
const cloudIds = idNormalizer();

async function localUpload(step: Extract<Step, { kind: 'user' }>) {
  if (!step.upload || !step.as) return;
  const { name, bytes, contentType } = step.upload;
  const who = step.as;
  const send = () =>
    fetch(new URL('api/_upload', server.url), {
      method: 'POST',
      body: bytes(),
      headers: { authorization: `Bearer ${users[who].token}`, 'content-type': contentType, 'x-file-name': encodeURIComponent(name) },
    });
  let res = await send();
  if (res.status === 403) {
    // The dev session expired on the pinned clock: renew it, as the H5 client does.
    users[who] = JSON.parse((await post('api/_dev/login', JSON.stringify({ token: users[who].token }))).body).data;
    res = await send();
  }
  refs.local.files[name] = ((await res.json()) as { data: { fileId: string } }).data.fileId;
}

async function localAnswer(step: Step): Promise<unknown> {
  if (step.kind === 'user') {
    await localUpload(step);
    const call = async () => {
      const auth: Record<string, string> = step.as ? { authorization: `Bearer ${users[step.as].token}` } : {};
      const body = JSON.stringify(resolveRefs(step.data, refs.local));
      return JSON.parse((await post(`api/${step.fn}`, body, auth)).body) as { ok: boolean; error?: { code: string } };
    };
    const reply = await call();
    if (!step.as || reply.ok || reply.error?.code !== 'FORBIDDEN') return reply;
    // A day passed on the pinned clock: the dev session expired; renewing it keeps the identity, as the H5 client does.
    users[step.as] = JSON.parse((await post('api/_dev/login', JSON.stringify({ token: users[step.as].token }))).body).data;
    return call();
  }
  if (step.kind === 'timer') return JSON.parse((await post(`api/_dev/run/${step.fn}`, '{}')).body);
  if (step.fn === 'console') {
    const auth: Record<string, string> = step.bearer && refs.local.staff ? { authorization: `Bearer ${refs.local.staff}` } : {};
    const body = JSON.stringify(resolveRefs(JSON.parse(step.rawBody), refs.local));
    const reply = await post(`console/api/${step.vendor}`, body, { 'content-type': step.contentType, ...auth });
    return { status: reply.status, contentType: reply.contentType, json: JSON.parse(reply.body) };
  }
  const reply = await post(`hooks/${step.fn}/${step.vendor}`, step.rawBody, { 'content-type': step.contentType });
  return { status: reply.status, contentType: reply.contentType, body: reply.body };
}

async function cloudAnswer(step: Step): Promise<unknown> {
  if (step.kind === 'user') {
    const caller = step.as ? users[step.as].openid : null;
    if (step.upload && caller)
      refs.cloud.files[step.upload.name] = runner.clientUpload(`uploads/${caller}/${step.upload.name}`, step.upload.bytes());
    const data = resolveRefs(step.data, refs.cloud) as object;
    // WeChat adds userInfo to the event of a call from the mini program; the caller itself is in the context.
    const event = caller ? { ...data, userInfo: { appId: APPID, openId: caller } } : data;
    const context = caller ? { OPENID: caller, APPID, ...ENV } : ENV;
    return (await runner.run(step.fn, [{ context, event }], nowMs)).answers[0];
  }
  if (step.kind === 'timer') {
    const trigger = runner.config(step.fn).triggers?.[0];
    if (!trigger) throw new Error(`${step.fn} has no timer trigger in its config.json`);
    const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date(nowMs).toISOString() };
    return (await runner.run(step.fn, [{ context: ENV, event }], nowMs)).answers[0];
  }
  const isConsole = step.fn === 'console';
  const rawBody = isConsole ? JSON.stringify(resolveRefs(JSON.parse(step.rawBody), refs.cloud)) : step.rawBody;
  const auth: Record<string, string> = isConsole && step.bearer && refs.cloud.staff ? { authorization: `Bearer ${refs.cloud.staff}` } : {};
  const event = {
    // The console's API: /console/api/<name> on the domain that serves the console; callbacks: /carrier-push?vendor=.
    path: isConsole ? `/console/api/${step.vendor}` : `/carrier-push`,
    httpMethod: 'POST',
    headers: {
      'content-type': step.contentType,
      'user-agent': isConsole ? 'Mozilla/5.0' : 'Kuaidi100-Push',
      'x-forwarded-proto': 'https',
      ...auth,
    },
    ...(isConsole ? {} : { queryStringParameters: { vendor: step.vendor } }),
    requestContext: { appId: '1300000000', envId: ENV.ENV, requestId: 'req-http-1' },
    body: Buffer.from(rawBody, 'utf8').toString('base64'),
    isBase64Encoded: true,
  };
  const reply = (await runner.run(step.fn, [{ context: ENV, event }], nowMs)).answers[0] as {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  };
  if (isConsole) return { status: reply.statusCode, contentType: reply.headers['content-type'], json: JSON.parse(reply.body) };
  return { status: reply.statusCode, contentType: reply.headers['content-type'], body: reply.body };
}

async function localSent() {
  const inbox = await server.deps.store.find<InboxRecord>(LOCAL_INBOX, { orderBy: [{ field: 'sentAtMs', direction: 'asc' }], limit: 1000 });
  return inbox.map((m) => ({ touser: m.openid, templateId: m.templateId, page: m.page, data: m.data }));
}

test('every built cloud function has steps in the scenario, and every step a built function', () => {
  const covered = new Set(SCENARIO.map((s) => s.fn));
  expect(runner.names.filter((name) => !covered.has(name))).toEqual([]);
  expect([...covered].filter((fn) => !runner.names.includes(fn))).toEqual([]);
});

test.each(SCENARIO.map((step) => [`${step.fn}: ${step.title}`, step] as const))(
  '%s',
  async (_title, step) => {
    if (step.advanceMs) {
      nowMs += step.advanceMs;
      jest.setSystemTime(nowMs);
    }
    const cloud = await cloudAnswer(step);
    capture(cloud && typeof cloud === 'object' && 'json' in cloud ? cloud.json : cloud, refs.cloud);
    if (step.cloudOnly) return expect(cloud).toMatchObject(step.expect ?? {});
    const local = await localAnswer(step);
    capture(local && typeof local === 'object' && 'json' in local ? local.json : local, refs.local);
    if (step.kind === 'timer') {
      expect(cloud).toEqual({ ok: true });
      expect(local).toMatchObject({ ok: true });
      const sent = runner.sent().map(({ body: { touser, templateId, page, data } }) => ({ touser, templateId, page, data }));
      expect(sent).toEqual(await localSent());
      return;
    }
    expect(cloudIds(cloud)).toEqual(localIds(local));
    expect(cloud).toMatchObject(step.expect ?? (step.kind === 'user' ? { ok: true } : {}));
  },
  30_000,
);

test('the monitor sent WeChat notifications through a function allowed to, opening pages the weapp has', () => {
  const sent = runner.sent();
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((m) => m.body.touser === users.alice.openid)).toBe(true);
  for (const fn of new Set(sent.map((m) => m.fn))) expect(runner.config(fn).permissions?.openapi).toContain('subscribeMessage.send');
  // WeChat refuses a page the released version does not have (41030).
  const { pages } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'weapp', 'app.json'), 'utf8')) as { pages: string[] };
  for (const m of sent) expect(pages).toContain(m.body.page?.split('?')[0]);
});

test('a bundle logs what 云开发 keeps: one JSON record per line on stdout', async () => {
  const event = { httpMethod: 'POST', headers: {}, path: '/carrier-push', queryStringParameters: { vendor: 'kuaidi100' }, body: 'sign=0' };
  const { logs } = await runner.run('carrierPush', [{ context: ENV, event }], nowMs);
  expect(logs).toContainEqual(expect.objectContaining({ level: 40, msg: 'carrier push refused', vendor: 'kuaidi100', time: nowMs }));
});
