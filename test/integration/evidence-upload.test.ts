import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jpeg, png, video, windowsExecutable } from '../../server/adapters/evidence/test-media';
import { startTempServer } from '../../scripts/lib/temp-server';
import { checkReply } from '../support/contract';

/**
 * Evidence in the local runtime, as the H5 app sends it: raw bytes to POST /api/_upload, then
 * checkEvidence. Every refused file is gone afterwards: no metadata, no bytes on disk.
 */
let server: Awaited<ReturnType<typeof startTempServer>>;
let token: string;

beforeAll(async () => {
  server = await startTempServer();
  token = server.newUserToken();
});
afterAll(() => server.close());

async function upload(bytes: Buffer, name: string, type: string, as = token) {
  const res = await fetch(`${server.url}api/_upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${as}`, 'content-type': type, 'x-file-name': encodeURIComponent(name) },
    body: bytes,
  });
  return {
    status: res.status,
    json: (await res.json()) as { ok: boolean; data?: { fileId: string }; error?: { code: string; message: string } },
  };
}

async function check(fileId: string, as = token) {
  const res = await fetch(`${server.url}api/checkEvidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
    body: JSON.stringify({ fileId }),
  });
  return { status: res.status, reply: checkReply('checkEvidence', await res.json()) };
}

/** What the local runtime keeps of uploads: file records and blobs on disk. */
async function stored() {
  const records = await server.deps.store.count('files');
  let blobs = 0;
  try {
    blobs = readdirSync(join(server.dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    blobs = 0;
  }
  return { records, blobs };
}

const MB = 1024 * 1024;
const truncatedMp4 = () => {
  const whole = video({ seconds: 5, sampleBytes: 4096 });
  return whole.subarray(0, whole.length - 3000);
};

describe.each([
  ['an executable renamed .jpg', () => windowsExecutable(), '照片.jpg', 'image/jpeg', '类型不符'],
  ['an 11 MB photo', () => jpeg(11 * MB), 'big.jpg', 'image/jpeg', '文件过大'],
  ['a 61 s video', () => video({ seconds: 61 }), 'long.mp4', 'video/mp4', '视频超过 60 秒'],
  ['a truncated MP4', truncatedMp4, 'cut.mp4', 'video/mp4', '文件已损坏'],
  ['an empty file', () => Buffer.alloc(0), 'empty.jpg', 'image/jpeg', '空文件'],
])('%s', (_what, bytes, name, type, reason) => {
  test(`is uploaded, then refused by checkEvidence with "${reason}", and nothing of it is kept`, async () => {
    const before = await stored();
    const { status, json } = await upload(bytes(), name, type);
    expect(status).toBe(200);
    const checked = await check(json.data!.fileId);
    expect(checked.status).toBe(422);
    expect(checked.reply).toMatchObject({ ok: false, error: { code: 'EVIDENCE_INVALID' } });
    expect(!checked.reply.ok && checked.reply.error.message.startsWith(`${reason}：`)).toBe(true);
    expect(await stored()).toEqual(before);
    // Gone for good: checking it again finds nothing.
    expect((await check(json.data!.fileId)).reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

test('a file over 50 MB is refused by the upload itself, before anything is written', async () => {
  const before = await stored();
  const { status, json } = await upload(Buffer.alloc(50 * MB + 1, 1), 'huge.mp4', 'video/mp4');
  expect(status).toBe(413);
  expect(json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '文件过大：不能超过 50 MB' } });
  expect(await stored()).toEqual(before);
});

test('good photos and a short video pass with their kind, size, duration and SHA-256', async () => {
  const photo = await upload(png(), 'box.png', 'image/png');
  const clip = await upload(video({ seconds: 12, brand: 'qt  ' }), 'IMG_0001.MOV', 'video/quicktime');
  expect((await check(photo.json.data!.fileId)).reply).toMatchObject({
    ok: true,
    data: { kind: 'PHOTO', mime: 'image/png', durationS: null },
  });
  expect((await check(clip.json.data!.fileId)).reply).toMatchObject({
    ok: true,
    data: { kind: 'VIDEO', mime: 'video/quicktime', durationS: 12 },
  });
});

test('an upload needs a user: no token, or a forged one, is refused and stores nothing', async () => {
  const before = await stored();
  expect((await upload(jpeg(), 'a.jpg', 'image/jpeg', '')).status).toBe(403);
  expect((await upload(jpeg(), 'a.jpg', 'image/jpeg', 'eyJvcGVuaWQiOiJkZXZfeCJ9.c2ln')).status).toBe(403);
  expect(await stored()).toEqual(before);
});

test("someone else's upload cannot be checked, and stays its owner's", async () => {
  const { json } = await upload(jpeg(), 'mine.jpg', 'image/jpeg');
  const stranger = server.newUserToken();
  expect((await check(json.data!.fileId, stranger)).reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect((await check(json.data!.fileId)).reply).toMatchObject({ ok: true });
});

test('a case file opens through its short-lived link, in ranges for the video player, and not after ten minutes', async () => {
  const clip = video({ seconds: 8, sampleBytes: 512 });
  const photo = (await upload(jpeg(), 'box.jpg', 'image/jpeg')).json.data!.fileId;
  const film = (await upload(clip, 'box.mp4', 'video/mp4')).json.data!.fileId;
  const photo2 = (await upload(jpeg(3000), 'inside.jpg', 'image/jpeg')).json.data!.fileId;
  for (const id of [photo, film, photo2]) expect((await check(id)).reply.ok).toBe(true);
  const res = await fetch(`${server.url}api/fileComplaint`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      waybillNo: 'YT7530129834561',
      type: 'DAMAGED',
      description: '外箱被压扁，里面的玻璃杯碎了两个',
      remedy: { kind: 'RESEND' },
      contactPhone: '13800138000',
      evidence: [photo, film, photo2],
    }),
  });
  const reply = checkReply('fileComplaint', await res.json());
  if (!reply.ok) throw new Error(reply.error.message);
  const { evidence } = (reply.data as { complaint: { evidence: { fileId: string; url: string }[] } }).complaint;
  const videoUrl = new URL(evidence[1].url, server.url).toString();

  const whole = await fetch(videoUrl);
  expect(whole.status).toBe(200);
  expect(whole.headers.get('content-type')).toBe('video/mp4');
  expect(Buffer.from(await whole.arrayBuffer()).equals(clip)).toBe(true);
  const part = await fetch(videoUrl, { headers: { range: 'bytes=0-99' } });
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe(`bytes 0-99/${clip.length}`);
  expect((await part.arrayBuffer()).byteLength).toBe(100);

  const forged = videoUrl.replace(/sig=[^&]+/, 'sig=AAAA');
  expect((await fetch(forged)).status).toBe(403);
  server.deps.clock.advance(601_000);
  expect((await fetch(videoUrl)).status).toBe(403);
});
