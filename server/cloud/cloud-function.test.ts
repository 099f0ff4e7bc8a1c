import { testDeps } from '../../test/support/app-deps';

// The platform context: who WeChat says is calling.
const context = { OPENID: '' };
jest.mock('wx-server-sdk', () => ({ __esModule: true, default: { getWXContext: () => context } }));
jest.mock('./cloud-deps', () => ({ buildCloudDeps: () => testDeps() }));

import { cloudFunction, cloudHttp, cloudTimer, isHttpAccessInvocation, isTimerInvocation, vendorOf } from './cloud-function';

const timerEvent = { Type: 'Timer', TriggerName: 'everyMinute', Time: '2026-11-23T02:00:00Z' };
const httpEvent = { httpMethod: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, path: '/carrier-push', body: '' };

beforeEach(() => (context.OPENID = ''));

test('a timer runs only when its trigger fires, never for a user calling it with callFunction', async () => {
  const fired: string[] = [];
  const timer = cloudTimer(() => async (t) => void fired.push(t.name));
  await expect(timer(timerEvent)).resolves.toEqual({ ok: true });
  context.OPENID = 'o_user';
  await expect(timer(timerEvent)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  context.OPENID = '';
  await expect(timer({})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(fired).toEqual(['everyMinute']);
});

test('the HTTP function answers only 云开发 HTTP-access events, decodes base64 bodies and takes the vendor from query or path', async () => {
  const seen: { vendor: string; rawBody: string }[] = [];
  const http = cloudHttp(() => async (req) => (seen.push(req), { status: 200, contentType: 'application/json', body: '{"Success":true}' }));
  const body = Buffer.from('RequestData=%7B%7D&DataSign=x', 'utf8').toString('base64');
  await expect(http({ ...httpEvent, body, isBase64Encoded: true, queryStringParameters: { vendor: 'kdniao' } })).resolves.toMatchObject({
    statusCode: 200,
  });
  await http({ ...httpEvent, path: '/carrier-push/kuaidi100', body: 'param=%7B%7D' });
  expect(seen).toEqual([
    { vendor: 'kdniao', rawBody: 'RequestData=%7B%7D&DataSign=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    { vendor: 'kuaidi100', rawBody: 'param=%7B%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  ]);
  await expect(http({ ...httpEvent, httpMethod: 'GET' })).resolves.toMatchObject({ statusCode: 405 });
  await expect(http({ vendor: 'kdniao', body: 'x' })).resolves.toMatchObject({ statusCode: 403 });
  context.OPENID = 'o_user';
  await expect(http(httpEvent)).resolves.toMatchObject({ statusCode: 403 });
  expect(seen).toHaveLength(2);
});

test('a user function takes the caller from the context, never from the event', async () => {
  const callers: unknown[] = [];
  const fn = cloudFunction(() => async (_event, caller) => (callers.push(caller), { ok: true, data: null }));
  context.OPENID = 'o_alice';
  await fn({ openid: 'o_mallory', OPENID: 'o_mallory' });
  context.OPENID = '';
  await fn({ openid: 'o_mallory' });
  expect(callers).toEqual([{ openid: 'o_alice' }, null]);
});

test('invocation predicates', () => {
  expect(isTimerInvocation(timerEvent, undefined)).toBe(true);
  expect(isTimerInvocation(timerEvent, 'o_user')).toBe(false);
  expect(isTimerInvocation(null, undefined)).toBe(false);
  expect(isHttpAccessInvocation(httpEvent, undefined)).toBe(true);
  expect(isHttpAccessInvocation({ ...httpEvent, headers: null }, undefined)).toBe(false);
  expect(vendorOf({ ...httpEvent, path: '/hooks/kdniao/' })).toBe('kdniao');
});
