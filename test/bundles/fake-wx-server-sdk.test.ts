import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Fake = typeof import('./fake-wx-server-sdk').default;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fake-sdk-'));
  process.env.FAKE_CLOUD_STATE = join(dir, 'state.json');
});
afterEach(() => {
  delete process.env.FAKE_CLOUD_STATE;
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the fake, as a new function process would load it. */
function load(): Fake {
  let sdk: Fake | undefined;
  jest.isolateModules(() => {
    sdk = (require('./fake-wx-server-sdk') as { default: Fake }).default;
  });
  return sdk as Fake;
}

const call = (permissions: string[] = []) => ({ fn: 'monitor', context: {}, config: { permissions: { openapi: permissions } } });
const message = (data: Record<string, { value: string }>) => ({ touser: 'o_a', templateId: 't1', page: 'pages/index/index', data });

test('the fake offers nothing the real wx-server-sdk does not export', () => {
  const real = Object.keys(jest.requireActual('wx-server-sdk') as object);
  expect(Object.keys(load()).filter((k) => k !== '__fake' && !real.includes(k))).toEqual([]);
});

test('subscribeMessage.send needs the permission in config.json and values within WeChat keyword limits', async () => {
  const sdk = load();
  sdk.__fake.setCall(call());
  await expect(sdk.openapi.subscribeMessage.send(message({ thing1: { value: '包裹' } }))).rejects.toMatchObject({ errCode: -604101 });
  sdk.__fake.setCall(call(['subscribeMessage.send']));
  await expect(sdk.openapi.subscribeMessage.send(message({ thing1: { value: '一'.repeat(21) } }))).rejects.toMatchObject({
    errCode: 47003,
  });
  await expect(sdk.openapi.subscribeMessage.send(message({ phrase3: { value: '派送中!' } }))).rejects.toMatchObject({ errCode: 47003 });
  await expect(
    sdk.openapi.subscribeMessage.send(message({ phrase3: { value: '派送中' }, character_string1: { value: 'YT1' } })),
  ).resolves.toMatchObject({
    errCode: 0,
  });
});

test('storage keeps evidence files across function processes: upload, overwrite, temp URL, download, delete', async () => {
  const first = load();
  const { fileID } = await first.uploadFile({ cloudPath: 'evidence/a.jpg', fileContent: Buffer.from('v1') });
  await first.uploadFile({ cloudPath: 'evidence/a.jpg', fileContent: Buffer.from('v2') });
  first.__fake.save();
  const second = load();
  await expect(second.downloadFile({ fileID })).resolves.toMatchObject({ fileContent: Buffer.from('v2') });
  const { fileList } = await second.getTempFileURL({ fileList: [fileID, 'cloud://nope/x.jpg'] });
  expect(fileList.map((f) => f.status)).toEqual([0, -503003]);
  expect(fileList[0].tempFileURL).toMatch(/^https:\/\//);
  await expect(second.getTempFileURL({ fileList: Array(51).fill(fileID) })).rejects.toMatchObject({ errCode: -501007 });
  await second.deleteFile({ fileList: [fileID] });
  await expect(second.downloadFile({ fileID })).rejects.toMatchObject({ errCode: -503003 });
});

test('the database is shared by processes, and documents added without an _id get distinct random ones', async () => {
  const first = load();
  const { _id: a } = await first
    .database()
    .collection('cases')
    .add({ data: { n: 1 } });
  first.__fake.save();
  const second = load();
  const { _id: b } = await second
    .database()
    .collection('cases')
    .add({ data: { n: 2 } });
  expect(a).not.toBe(b);
  await expect(second.database().collection('cases').doc(a).get()).resolves.toMatchObject({ data: { n: 1 } });
});
