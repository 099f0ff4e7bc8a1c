import { ZodError, z } from 'zod';
import { AppError } from '../domain/app-error';
import { defineFunction } from './define-function';

const logged: object[] = [];
const log = { info() {}, warn() {}, error: (o: object) => void logged.push(o) };
const alice = { openid: 'o_alice' };
const body = { waybillNo: 'YT7530129834561' };
const stub = (impl: () => Promise<unknown>) => defineFunction('lookup', impl as never, log);

beforeEach(() => (logged.length = 0));

test('no caller from the platform: FORBIDDEN, and the use case never runs', async () => {
  let ran = false;
  const fn = stub(async () => (ran = true));
  await expect(fn(body, null)).resolves.toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: '没有权限执行此操作，请重新进入小程序' },
  });
  await expect(fn(body, { openid: '' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(ran).toBe(false);
});

test('the request is parsed with the registry schema: its Chinese message, or the default one for an English zod message', async () => {
  const fn = stub(async () => ({}));
  await expect(fn({ waybillNo: '' }, alice)).resolves.toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请输入快递单号' } });
  await expect(fn({ waybillNo: 'YT7530129834561', carrier: 42 }, alice)).resolves.toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
  });
  await expect(fn(undefined, alice)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('what the use case hands the caller: its data, an AppError as its code and message, a ZodError as INVALID_INPUT', async () => {
  let seen: unknown;
  const ok = stub(async (...args: unknown[]) => ((seen = args), { parcel: null }));
  await expect(ok({ waybillNo: ' yt 7530129834561 ' }, alice)).resolves.toEqual({ ok: true, data: { parcel: null } });
  expect(seen).toEqual([{ waybillNo: 'YT7530129834561' }, alice]);
  await expect(stub(async () => Promise.reject(new AppError('NOT_FOUND', '没有查到这个单号')))(body, alice)).resolves.toEqual({
    ok: false,
    error: { code: 'NOT_FOUND', message: '没有查到这个单号' },
  });
  const zodFailure = (() => {
    try {
      z.object({ n: z.number({ error: '数量应为数字' }) }).parse({ n: 'x' });
    } catch (err) {
      return err as ZodError;
    }
  })();
  await expect(stub(async () => Promise.reject(zodFailure))(body, alice)).resolves.toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '数量应为数字' },
  });
  expect(logged).toEqual([]);
});

test('anything unexpected is logged and answered as INTERNAL, without its details', async () => {
  const reply = await stub(async () => Promise.reject(new TypeError('cannot read x of undefined at /srv/app.ts:12')))(body, alice);
  expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务开小差了，请稍后再试' } });
  expect(logged).toHaveLength(1);
});
