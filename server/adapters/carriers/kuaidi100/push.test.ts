import success from './fixtures/query-success.json';
import { kuaidi100PushBody } from '../../../../test/support/vendor-pushes';
import { pushSign, verifyKuaidi100Push } from './push';

const salt = 's4lt';
// Callback layout per docs/reference/carriers.md §2.3 (k100-af/api-8575995): form POST of param + sign, sign = md5(param + salt).
const param = JSON.stringify({ status: 'polling', message: '', lastResult: success });
const sign = (p: string, s = salt) => pushSign(p, s);
const body = (p = param, sg = sign(param)) => kuaidi100PushBody(p, salt, sg);

function seenSet() {
  const keys = new Set<string>();
  return { has: (k: string) => keys.has(k), add: (k: string) => void keys.add(k) };
}

test('a well-signed callback gives the trace and the reply Kuaidi100 expects (upper-case hex accepted too)', async () => {
  const result = await verifyKuaidi100Push({ rawBody: body(param, sign(param).toUpperCase()), salt, seen: seenSet() });
  expect(result).toMatchObject({
    ok: true,
    status: 'polling',
    trace: { carrier: 'ZTO', waybillNo: '73190553102532', source: 'kuaidi100' },
  });
  expect(JSON.parse(result.reply)).toEqual({ result: true, returnCode: '200', message: '成功' });
});

test('a callback signed with another salt is refused', async () => {
  await expect(verifyKuaidi100Push({ rawBody: body(param, sign(param, 'other')), salt, seen: seenSet() })).resolves.toMatchObject({
    ok: false,
    error: 'BAD_SIGNATURE',
  });
});

test('the same callback twice is a replay, acknowledged and ignored', async () => {
  const seen = seenSet();
  await expect(verifyKuaidi100Push({ rawBody: body(), salt, seen })).resolves.toMatchObject({ ok: true });
  const again = await verifyKuaidi100Push({ rawBody: body(), salt, seen });
  expect(again).toMatchObject({ ok: false, error: 'REPLAY' });
  expect(JSON.parse(again.reply).result).toBe(true);
});

test('a callback without its sign is refused', async () => {
  await expect(verifyKuaidi100Push({ rawBody: new URLSearchParams({ param }).toString(), salt, seen: seenSet() })).resolves.toMatchObject({
    ok: false,
    error: 'MISSING_FIELD',
  });
});

test('a signed callback that is not the documented JSON is malformed', async () => {
  const bad = '{"status":"polling"';
  await expect(verifyKuaidi100Push({ rawBody: body(bad, sign(bad)), salt, seen: seenSet() })).resolves.toMatchObject({
    ok: false,
    error: 'MALFORMED',
  });
  const wrongShape = JSON.stringify({ status: 'dancing', lastResult: {} });
  await expect(verifyKuaidi100Push({ rawBody: body(wrongShape, sign(wrongShape)), salt, seen: seenSet() })).resolves.toMatchObject({
    ok: false,
    error: 'MALFORMED',
  });
});
