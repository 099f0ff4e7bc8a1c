import { createHash } from 'node:crypto';
import { inspectEvidence } from './inspect-evidence';
import { heic, jpeg, png, video, webp, windowsExecutable } from './test-media';

const MB = 1024 * 1024;
const inspect = (bytes: Buffer, name: string, mime: string | null = null) => inspectEvidence({ bytes, name, mime });

describe('evidence accepted by content', () => {
  it.each([
    ['a JPEG', jpeg(), 'IMG_0001.jpg', 'image/jpeg'],
    ['a PNG', png(), 'screenshot.png', 'image/png'],
    ['a WebP', webp(), 'photo.webp', 'image/webp'],
    ['an iPhone HEIC', heic(), 'IMG_0002.HEIC', 'image/heic'],
  ])('%s photo, with its SHA-256', async (_what, bytes, name, mime) => {
    expect(await inspect(bytes, name, null)).toEqual({
      ok: true,
      evidence: { kind: 'PHOTO', mime, bytes: bytes.length, durationS: null, sha256: createHash('sha256').update(bytes).digest('hex') },
    });
  });

  it('a short MP4 video, its duration read from the container', async () => {
    const result = await inspect(video({ seconds: 12.5 }), 'VID_20261123.mp4', 'video/mp4');
    expect(result).toMatchObject({ ok: true, evidence: { kind: 'VIDEO', mime: 'video/mp4', durationS: 12.5 } });
  });

  it('an iPhone MOV of exactly 60 s', async () => {
    expect(await inspect(video({ seconds: 60, brand: 'qt  ' }), 'IMG_0003.MOV', 'video/quicktime')).toMatchObject({
      ok: true,
      evidence: { kind: 'VIDEO', mime: 'video/quicktime', durationS: 60 },
    });
  });

  it('a photo whose name says nothing is taken for what its bytes are', async () => {
    expect(await inspect(png(), 'blob', 'application/octet-stream')).toMatchObject({ ok: true, evidence: { mime: 'image/png' } });
  });
});

describe('evidence refused, each with its reason', () => {
  it('an executable renamed .jpg: 类型不符', async () => {
    expect(await inspect(windowsExecutable(), 'photo.jpg', 'image/jpeg')).toEqual({
      ok: false,
      reason: 'TYPE_MISMATCH',
      message: '类型不符：只能上传 JPEG、PNG、HEIC、WebP 照片或 MP4、MOV 视频',
    });
  });

  it('a video sent as a photo: 类型不符', async () => {
    expect(await inspect(video({ seconds: 3 }), 'photo.jpg', 'image/jpeg')).toMatchObject({ ok: false, reason: 'TYPE_MISMATCH' });
  });

  it('a photo over 10 MB: 文件过大', async () => {
    expect(await inspect(jpeg(10 * MB + 1), 'big.jpg', 'image/jpeg')).toMatchObject({
      ok: false,
      reason: 'TOO_LARGE',
      message: expect.stringMatching(/^文件过大/),
    });
  });

  it('a video over 50 MB: 文件过大', async () => {
    expect(await inspect(video({ seconds: 10, sampleBytes: 5.2 * MB }), 'long.mp4', 'video/mp4')).toMatchObject({
      ok: false,
      reason: 'TOO_LARGE',
    });
  });

  it('a 61 s video: 视频超过 60 秒', async () => {
    expect(await inspect(video({ seconds: 61 }), 'VID.mp4', 'video/mp4')).toMatchObject({
      ok: false,
      reason: 'TOO_LONG',
      message: '视频超过 60 秒：请剪辑到 60 秒以内再上传',
    });
  });

  it('a truncated MP4: 文件已损坏', async () => {
    const whole = video({ seconds: 20, sampleBytes: 1000 });
    expect(await inspect(whole.subarray(0, whole.length - 5000), 'VID.mp4', 'video/mp4')).toMatchObject({ ok: false, reason: 'CORRUPT' });
  });

  it('an MP4 cut off before its moov (written last by the camera): 文件已损坏', async () => {
    const whole = video({ seconds: 20, sampleBytes: 1000, moovLast: true });
    expect(await inspect(whole.subarray(0, 20_000), 'VID.mp4', 'video/mp4')).toMatchObject({ ok: false, reason: 'CORRUPT' });
  });

  it('a truncated JPEG and a truncated PNG: 文件已损坏', async () => {
    expect(await inspect(jpeg(4096).subarray(0, 3000), 'a.jpg')).toMatchObject({ ok: false, reason: 'CORRUPT' });
    expect(await inspect(png().subarray(0, 100), 'a.png')).toMatchObject({ ok: false, reason: 'CORRUPT' });
  });

  it('an empty file: 空文件', async () => {
    expect(await inspect(Buffer.alloc(0), 'a.jpg', 'image/jpeg')).toEqual({
      ok: false,
      reason: 'EMPTY',
      message: '空文件：请重新选择文件',
    });
  });

  it('bytes that are no known type at all: 类型不符', async () => {
    expect(await inspect(Buffer.from('just some text, not a picture'), 'note.jpg')).toMatchObject({ ok: false, reason: 'TYPE_MISMATCH' });
  });
});
