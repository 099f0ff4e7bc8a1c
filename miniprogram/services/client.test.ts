import { resetTaroMock } from '../../test/taro-mock/taro';
import { call } from './client';

type Reply = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** A stand-in for the local server: dev login and one function, answering by the token it gets. */
function fakeServer(valid: Set<string>) {
  const logins: unknown[] = [];
  let issued = 0;
  global.fetch = jest.fn(async (path: string, init: { body: string; headers: Record<string, string> }) => {
    const body = JSON.parse(init.body);
    let reply: Reply;
    if (path === '/api/_dev/login') {
      logins.push(body);
      issued += 1;
      const token = body.token ? `${body.token}+renewed` : `token${issued}`;
      valid.add(token);
      reply = { ok: true, data: { token } };
    } else {
      const token = init.headers.authorization?.replace('Bearer ', '');
      reply =
        token && valid.has(token)
          ? { ok: true, data: { items: [], token } }
          : { ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } };
    }
    return { json: async () => reply } as Response;
  }) as unknown as typeof fetch;
  return { logins };
}

beforeEach(() => resetTaroMock());

test('the browser logs in once and reuses its token', async () => {
  const server = fakeServer(new Set());
  await call('listMessages', {});
  const second = await call('listMessages', {});
  expect(second).toMatchObject({ ok: true, data: { token: 'token1' } });
  expect(server.logins).toEqual([{}]);
});

test('an expired token is renewed once by sending it back, so the user keeps their identity', async () => {
  const valid = new Set<string>();
  const server = fakeServer(valid);
  await call('listMessages', {});
  valid.clear(); // the server no longer accepts token1
  const reply = await call('listMessages', {});
  expect(reply).toMatchObject({ ok: true, data: { token: 'token1+renewed' } });
  expect(server.logins).toEqual([{}, { token: 'token1' }]);
});

test('a server that keeps refusing ends in FORBIDDEN after one renewal, not a loop', async () => {
  const server = fakeServer(new Set());
  global.fetch = jest.fn(async (path: string, init: { body: string }) => {
    if (path === '/api/_dev/login') server.logins.push(JSON.parse(init.body));
    const reply =
      path === '/api/_dev/login'
        ? { ok: true, data: { token: 'never-valid' } }
        : { ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } };
    return { json: async () => reply } as Response;
  }) as unknown as typeof fetch;
  expect(await call('listMessages', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(server.logins).toHaveLength(2);
});

test('a network failure is NETWORK with a Chinese message, never a throw', async () => {
  global.fetch = jest.fn(async () => {
    throw new TypeError('Failed to fetch');
  }) as unknown as typeof fetch;
  expect(await call('listMessages', {})).toEqual({ ok: false, error: { code: 'NETWORK', message: '网络不给力，请检查网络后重试' } });
});
