import { resetTaroMock } from '../../test/taro-mock/taro';
import { pickEvidence, uploadPicked } from './evidence-source.h5';

beforeEach(() => {
  resetTaroMock();
  URL.createObjectURL = jest.fn((f: Blob) => `blob:${(f as File).name}`);
});

test('the browser picker keeps every chosen file, a video by its type or extension, for the server to judge', async () => {
  const picking = pickEvidence({ photos: 9, videos: 3 });
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  expect(input.multiple).toBe(true);
  expect(input.accept).toBe('image/*,video/*');
  const files = [
    new File(['x'], 'box.jpg', { type: 'image/jpeg' }),
    new File(['y'], 'clip.MOV', { type: '' }),
    new File([''], 'photo.heic'),
  ];
  Object.defineProperty(input, 'files', { value: files });
  input.dispatchEvent(new Event('change'));
  const picked = await picking;
  expect(picked.map((p) => [p.name, p.kind, p.preview])).toEqual([
    ['box.jpg', 'PHOTO', 'blob:box.jpg'],
    ['clip.MOV', 'VIDEO', 'blob:clip.MOV'],
    ['photo.heic', 'PHOTO', 'blob:photo.heic'],
  ]);
  expect(document.querySelector('input[type=file]')).toBeNull();
});

test('closing the dialog picks nothing', async () => {
  const picking = pickEvidence({ photos: 1, videos: 0 });
  document.querySelector('input[type=file]')!.dispatchEvent(new Event('cancel'));
  await expect(picking).resolves.toEqual([]);
});

test('an upload sends the raw bytes with the dev token, the browser’s type and the URL-encoded name', async () => {
  const sent: { path: string; init: RequestInit }[] = [];
  global.fetch = jest.fn(async (path: string, init: RequestInit) => {
    sent.push({ path, init });
    const data = path === '/api/_dev/login' ? { token: 'tok' } : { fileId: 'F1' };
    return { json: async () => ({ ok: true, data }) } as Response;
  }) as unknown as typeof fetch;
  const file = new File(['bytes'], '开箱 视频.mp4', { type: 'video/mp4' });
  const reply = await uploadPicked({ name: file.name, kind: 'VIDEO', preview: '', path: file.name, file });
  expect(reply).toEqual({ ok: true, data: { fileId: 'F1' } });
  const upload = sent.find((s) => s.path === '/api/_upload')!;
  expect(upload.init.headers).toEqual({
    authorization: 'Bearer tok',
    'content-type': 'video/mp4',
    'x-file-name': '%E5%BC%80%E7%AE%B1%20%E8%A7%86%E9%A2%91.mp4',
  });
  expect(upload.init.body).toBe(file);
});
