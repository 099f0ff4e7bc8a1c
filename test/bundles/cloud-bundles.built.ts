import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTempServer } from '../../scripts/lib/temp-server';
import { LOCAL_INBOX, type InboxRecord } from '../../server/adapters/wechat/local-inbox-notifier';
import { prepareBundleRunner, type BundleRunner } from './bundle-runner';
import { FUNCTION_ENV, SCENARIO, START_MS, type Step, type Who } from './scenario';

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
}, 60_000);

afterAll(async () => {
  await server?.close();
  runner?.close();
  jest.useRealTimers();
});

/** Replaces random ids (RandomIds: 22 base64url characters; 云开发 auto ids: 32 hex) by their order of appearance. */
function idNormalizer() {
  const seen = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && /^([A-Za-z0-9_-]{22}|[0-9a-f]{32})$/.test(v)) {
      if (!seen.has(v)) seen.set(v, `<id ${seen.size + 1}>`);
      return seen.get(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk;
}
const localIds = idNormalizer();
const cloudIds = idNormalizer();

async function localAnswer(step: Step): Promise<unknown> {
  if (step.kind === 'user') {
    const call = async () => {
      const auth: Record<string, string> = step.as ? { authorization: `Bearer ${users[step.as].token}` } : {};
      return JSON.parse((await post(`api/${step.fn}`, JSON.stringify(step.data), auth)).body) as { ok: boolean; error?: { code: string } };
    };
    const reply = await call();
    if (!step.as || reply.ok || reply.error?.code !== 'FORBIDDEN') return reply;
    // A day passed on the pinned clock: the dev session expired; renewing it keeps the identity, as the H5 client does.
    users[step.as] = JSON.parse((await post('api/_dev/login', JSON.stringify({ token: users[step.as].token }))).body).data;
    return call();
  }
  if (step.kind === 'timer') return JSON.parse((await post(`api/_dev/run/${step.fn}`, '{}')).body);
  const reply = await post(`hooks/${step.fn}/${step.vendor}`, step.rawBody, { 'content-type': step.contentType });
  return { status: reply.status, contentType: reply.contentType, body: reply.body };
}

async function cloudAnswer(step: Step): Promise<unknown> {
  if (step.kind === 'user') {
    const caller = step.as ? users[step.as].openid : null;
    // WeChat adds userInfo to the event of a call from the mini program; the caller itself is in the context.
    const event = caller ? { ...step.data, userInfo: { appId: APPID, openId: caller } } : step.data;
    const context = caller ? { OPENID: caller, APPID, ...ENV } : ENV;
    return (await runner.run(step.fn, [{ context, event }], nowMs)).answers[0];
  }
  if (step.kind === 'timer') {
    const trigger = runner.config(step.fn).triggers?.[0];
    if (!trigger) throw new Error(`${step.fn} has no timer trigger in its config.json`);
    const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date(nowMs).toISOString() };
    return (await runner.run(step.fn, [{ context: ENV, event }], nowMs)).answers[0];
  }
  const event = {
    path: `/carrier-push`,
    httpMethod: 'POST',
    headers: { 'content-type': step.contentType, 'user-agent': 'Kuaidi100-Push', 'x-forwarded-proto': 'https' },
    queryStringParameters: { vendor: step.vendor },
    requestContext: { appId: '1300000000', envId: ENV.ENV, requestId: 'req-http-1' },
    body: Buffer.from(step.rawBody, 'utf8').toString('base64'),
    isBase64Encoded: true,
  };
  const reply = (await runner.run(step.fn, [{ context: ENV, event }], nowMs)).answers[0] as {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  };
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
    if (step.cloudOnly) return expect(cloud).toMatchObject(step.expect ?? {});
    const local = await localAnswer(step);
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
