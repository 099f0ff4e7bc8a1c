import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { rawRequest, reportCount } from '../../test/support/raw-http';
import { ManualClock } from '../adapters/system/system-clock';
import { SequentialIds } from '../adapters/system/random-ids';
import { createDevSessions } from './dev-session';
import { MAX_BODY_BYTES, createHttpGateway, pathnameOf, type GatewayOptions } from './http-gateway';

const silent = { info() {}, warn() {}, error() {} };

async function startGateway(overrides: Partial<GatewayOptions> = {}) {
  const seen: unknown[] = [];
  const sessions = createDevSessions('gateway-test-secret-0000', new SequentialIds('gatewayid'), new ManualClock(Date.now()));
  const server: Server = createServer(
    createHttpGateway({
      functions: {
        echo: async (event, caller) => {
          seen.push({ event, caller });
          return { ok: true, data: { you: caller?.openid } };
        },
        broken: async () => {
          throw new Error('boom at /srv/secret/path.ts:12');
        },
      },
      sessions,
      devRoutes: { '_dev/ping': async () => ({ ok: true, data: 'pong' }) },
      http: {
        carrierPush: async ({ vendor, rawBody }) => {
          seen.push({ vendor, rawBody });
          return { status: 200, contentType: 'application/json', body: '{"result":true,"returnCode":"200","message":"成功"}' };
        },
      },
      serveStatic: async (_req, res, path) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<html>app ${path}</html>`);
      },
      log: silent,
      ...overrides,
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const post = (path: string, body: string, token?: string, type = 'application/json') =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const login = async () => ((await (await post('/api/_dev/login', '')).json()) as { data: { token: string; openid: string } }).data;
  const alive = async () => (await fetch(`${base}/healthz`)).status === 200;
  return { server, port, base, seen, post, login, alive, close: () => new Promise((ok) => server.close(ok)) };
}

describe('local HTTP gateway', () => {
  let g: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => (g = await startGateway()));
  afterAll(() => g.close());

  it('hands a carrier callback its raw form body and the vendor, and replies with what the handler says', async () => {
    g.seen.length = 0;
    const res = await g.post('/hooks/carrierPush/kuaidi100', 'param=%7B%7D&sign=abc', undefined, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"result":true,"returnCode":"200","message":"成功"}');
    expect(g.seen).toEqual([{ vendor: 'kuaidi100', rawBody: 'param=%7B%7D&sign=abc' }]);
    expect((await fetch(`${g.base}/hooks/nothing/kdniao`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('calls the function as the caller named by the session, not by the body', async () => {
    const { token, openid } = await g.login();
    const res = await g.post('/api/echo', JSON.stringify({ openid: 'dev_attacker000', x: 1 }), token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { you: openid } });
  });

  it('answers FORBIDDEN without a token or with a forged one, and never runs the function', async () => {
    g.seen.length = 0;
    for (const res of [await g.post('/api/echo', '{}'), await g.post('/api/echo', '{}', 'eyJvcGVuaWQiOiJkZXZfeCJ9.c2lnbmF0dXJl')]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(g.seen).toEqual([]);
  });

  it('answers INVALID_INPUT in Chinese for a body that is not JSON', async () => {
    const { token } = await g.login();
    const res = await g.post('/api/echo', '{not json', token);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON' } });
  });

  it('answers NOT_FOUND for an unknown function and for inherited object keys', async () => {
    const { token } = await g.login();
    for (const name of ['nope', 'constructor', 'toString', '__proto__'])
      expect((await g.post(`/api/${name}`, '{}', token)).status).toBe(404);
  });

  it('hides an unexpected failure behind INTERNAL without a stack or path', async () => {
    const { token } = await g.login();
    const res = await g.post('/api/broken', '{}', token);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text).error.code).toBe('INTERNAL');
    expect(text).not.toMatch(/boom|secret|\.ts/);
  });

  it('serves dev routes and the H5 app', async () => {
    expect(await (await g.post('/api/_dev/ping', '{}')).json()).toEqual({ ok: true, data: 'pong' });
    expect(await (await fetch(`${g.base}/`)).text()).toContain('app');
  });

  it('regression: `GET //%7C`, `GET //a:b` and `POST //[/api/lookup` made URL parsing throw and stopped the server', async () => {
    for (const head of [
      'GET //%7C HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET //a:b HTTP/1.1\r\nHost: x\r\n\r\n',
      'POST //[/api/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}',
    ]) {
      expect([200, 400]).toContain(await rawRequest(g.port, head));
      expect(await g.alive()).toBe(true);
    }
  });

  it('a malformed escape in a static path is a 400, not a 500', async () => {
    expect(await rawRequest(g.port, 'GET /%ff HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(400);
    expect(pathnameOf('/%E5%8C%85')).toBe('/包');
  });

  it('a body over the limit gets 413 with a Chinese message, read by the client instead of a reset', async () => {
    const { token } = await g.login();
    const res = await g.post('/api/echo', JSON.stringify({ x: 'x'.repeat(MAX_BODY_BYTES) }), token);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容太大，不能超过 1 MB' } });
    const declared = await rawRequest(
      g.port,
      `POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * MAX_BODY_BYTES}\r\n\r\n`,
    );
    expect(declared).toBe(413);
    expect(await g.alive()).toBe(true);
  });

  it('a wrong method on /api is 405 with Allow: POST; a non-JSON content type is 415', async () => {
    const get = await fetch(`${g.base}/api/echo`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(((await get.json()) as { error: { message: string } }).error.message).toBe('请使用 POST 调用接口');
    // A cross-origin page can send text/plain without a preflight: it must not reach dev routes or functions.
    const plain = await g.post('/api/_dev/ping', '{}', undefined, 'text/plain');
    expect(plain.status).toBe(415);
  });

  const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND'];
  const targets = fc.oneof(
    fc.constantFrom(
      '//',
      '//%7C',
      '//a:b',
      '//[',
      '/%',
      '/%f',
      '/%ff',
      '/%E5%8C',
      '/api/%00',
      '/api/../../etc/passwd',
      '/hooks/carrierPush/%ff',
      '*',
      'http://[::1/x',
      'http://a:b@c/api/echo',
      '/api//echo',
      '/api/_dev/../echo',
    ),
    fc
      .string({ unit: fc.constantFrom('/', '%', 'f', 'F', '0', '[', ']', ':', '@', '?', '#', '.', 'a', '包', ' '), maxLength: 40 })
      .map((s) => `/${s}`),
    fc.string({ maxLength: 30 }).map((s) => `//${encodeURIComponent(s)}`),
    fc.webUrl().map((u) => u.replace(/^https?:/, '')),
  );
  const FUZZ_RUNS = 400;
  it(`survives ${FUZZ_RUNS} fuzzed request targets over every method and still answers after each`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), targets, async (method, target) => {
        const clean = target.replace(/[\s\r\n]/g, '');
        const status = await rawRequest(
          g.port,
          `${method} ${clean || '/'} HTTP/1.1\r\nHost: ${clean.slice(0, 10) || 'x'}\r\nContent-Length: 0\r\n\r\n`,
        );
        tried += 1;
        expect(status).toBeGreaterThanOrEqual(0);
        expect(status).toBeLessThan(500);
        expect(await g.alive()).toBe(true);
      }),
      { numRuns: FUZZ_RUNS, seed: 20261123 },
    );
    reportCount('gateway path fuzz: request targets tried', tried);
  });
});

describe('local HTTP gateway without dev routes (bound to a network address)', () => {
  it('answers dev login and dev routes with 404, so nobody on the network can mint identities or move the clock', async () => {
    const g = await startGateway({ devRoutes: null });
    try {
      expect((await g.post('/api/_dev/login', '{}')).status).toBe(404);
      expect((await g.post('/api/_dev/ping', '{}')).status).toBe(404);
    } finally {
      await g.close();
    }
  });
});
