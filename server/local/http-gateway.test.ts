import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDevSessions } from './dev-session';
import { createHttpGateway } from './http-gateway';

const silent = { info() {}, warn() {}, error() {} };

describe('local HTTP gateway', () => {
  let server: Server;
  let base: string;
  const seen: unknown[] = [];

  beforeAll(async () => {
    const sessions = createDevSessions('gateway-test-secret-0000', { next: () => `id${Math.random().toString(36).slice(2, 12)}` });
    server = createServer(
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
        serveStatic: async (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html>app</html>');
        },
        log: silent,
      }),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));

  const post = (path: string, body: string, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const login = async () => ((await (await post('/api/_dev/login', '')).json()) as { data: { token: string; openid: string } }).data;

  it('hands a carrier callback its raw form body and the vendor, and replies with what the handler says', async () => {
    seen.length = 0;
    const res = await fetch(`${base}/hooks/carrierPush/kuaidi100`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'param=%7B%7D&sign=abc',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"result":true,"returnCode":"200","message":"成功"}');
    expect(seen).toEqual([{ vendor: 'kuaidi100', rawBody: 'param=%7B%7D&sign=abc' }]);
    expect((await fetch(`${base}/hooks/nothing/kdniao`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('calls the function as the caller named by the session, not by the body', async () => {
    const { token, openid } = await login();
    const res = await post('/api/echo', JSON.stringify({ openid: 'dev_attacker000', x: 1 }), token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { you: openid } });
  });

  it('answers FORBIDDEN without a token or with a forged one, and never runs the function', async () => {
    seen.length = 0;
    const none = await post('/api/echo', '{}');
    const forged = await post('/api/echo', '{}', 'eyJvcGVuaWQiOiJkZXZfeCJ9.c2lnbmF0dXJl');
    for (const res of [none, forged]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(seen).toEqual([]);
  });

  it('answers INVALID_INPUT in Chinese for a body that is not JSON', async () => {
    const { token } = await login();
    const res = await post('/api/echo', '{not json', token);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON' } });
  });

  it('answers NOT_FOUND for an unknown function and for inherited object keys', async () => {
    const { token } = await login();
    for (const name of ['nope', 'constructor', 'toString']) {
      const res = await post(`/api/${name}`, '{}', token);
      expect(res.status).toBe(404);
    }
  });

  it('hides an unexpected failure behind INTERNAL without a stack or path', async () => {
    const { token } = await login();
    const res = await post('/api/broken', '{}', token);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text).error.code).toBe('INTERNAL');
    expect(text).not.toMatch(/boom|secret|\.ts/);
  });

  it('serves dev routes and the H5 app', async () => {
    expect(await (await post('/api/_dev/ping', '{}')).json()).toEqual({ ok: true, data: 'pong' });
    expect(await (await fetch(`${base}/`)).text()).toContain('app');
  });
});
