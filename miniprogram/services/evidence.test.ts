import type { PickedFile } from './evidence-source';
import { acceptedIds, addEvidence, roomLeft, type EvidenceItem } from './evidence';

jest.mock('./evidence-source', () => ({ pickEvidence: jest.fn(), uploadPicked: jest.fn() }));
jest.mock('./client', () => ({ call: jest.fn() }));

const source = jest.requireMock('./evidence-source') as { pickEvidence: jest.Mock; uploadPicked: jest.Mock };
const client = jest.requireMock('./client') as { call: jest.Mock };

const picked = (name: string, kind: 'PHOTO' | 'VIDEO' = 'PHOTO'): PickedFile => ({ name, kind, preview: `blob:${name}`, path: name });
const REFUSED = {
  ok: false,
  error: { code: 'EVIDENCE_INVALID', message: '类型不符：只能上传 JPEG、PNG、HEIC、WebP 照片或 MP4、MOV 视频' },
};

/** The server: every upload gets an id; checkEvidence passes photos and videos and refuses `notes.jpg`. */
function server() {
  source.uploadPicked.mockImplementation(async (p: PickedFile) => ({ ok: true, data: { fileId: `id-${p.name}` } }));
  client.call.mockImplementation(async (_name: string, { fileId }: { fileId: string }) => {
    if (fileId === 'id-notes.jpg') return REFUSED;
    const video = fileId.endsWith('.mp4');
    return {
      ok: true,
      data: { kind: video ? 'VIDEO' : 'PHOTO', mime: '', bytes: 10, durationS: video ? 12.5 : null, sha256: '0'.repeat(64) },
    };
  });
}

function tracker() {
  const seen: Pick<EvidenceItem, 'name' | 'state'>[] = [];
  return { seen, update: (i: EvidenceItem) => seen.push({ name: i.name, state: i.state }) };
}

beforeEach(() => jest.resetAllMocks());

test('each file shows uploading, then checking, then its verdict; a refused one carries the Chinese reason', async () => {
  server();
  source.pickEvidence.mockResolvedValue([picked('box.jpg'), picked('notes.jpg'), picked('unboxing.mp4', 'VIDEO')]);
  const t = tracker();
  const { added, skipped } = await addEvidence([], t.update);
  expect(skipped).toBe(0);
  expect(t.seen.filter((s) => s.name === 'box.jpg').map((s) => s.state)).toEqual(['uploading', 'checking', 'ok']);
  expect(added.map((i) => [i.name, i.state, i.reason])).toEqual([
    ['box.jpg', 'ok', null],
    ['notes.jpg', 'refused', REFUSED.error.message],
    ['unboxing.mp4', 'ok', null],
  ]);
  expect(added[2].durationS).toBe(12.5);
  expect(client.call).toHaveBeenCalledWith('checkEvidence', { fileId: 'id-box.jpg' });
  // Only what passed goes with the complaint.
  expect(acceptedIds(added)).toEqual(['id-box.jpg', 'id-unboxing.mp4']);
});

test('a failed upload is refused with its message and never checked', async () => {
  source.pickEvidence.mockResolvedValue([picked('box.jpg')]);
  source.uploadPicked.mockResolvedValue({ ok: false, error: { code: 'NETWORK', message: '网络不给力，请检查网络后重试' } });
  const { added } = await addEvidence([], () => undefined);
  expect(added[0]).toMatchObject({ state: 'refused', reason: '网络不给力，请检查网络后重试', fileId: null });
  expect(client.call).not.toHaveBeenCalled();
});

test('the kind the server read from the bytes wins over the picker’s guess', async () => {
  server();
  source.pickEvidence.mockResolvedValue([picked('clip.mp4', 'PHOTO')]);
  const { added } = await addEvidence([], () => undefined);
  expect(added[0].kind).toBe('VIDEO');
});

test('no more than 9 photos and 3 videos: the picker is told the room left and extra files are not sent', async () => {
  server();
  const eight = Array.from({ length: 8 }, (_, n): EvidenceItem => ({
    key: `p${n}`,
    name: `p${n}.jpg`,
    kind: 'PHOTO',
    preview: '',
    state: 'ok',
    fileId: `p${n}`,
    reason: null,
    durationS: null,
  }));
  const refused: EvidenceItem = { ...eight[0], key: 'r', state: 'refused' };
  expect(roomLeft([...eight, refused])).toEqual({ photos: 1, videos: 3 });
  source.pickEvidence.mockResolvedValue([picked('a.jpg'), picked('b.jpg'), picked('c.mp4', 'VIDEO')]);
  const { added, skipped } = await addEvidence(eight, () => undefined);
  expect(source.pickEvidence).toHaveBeenCalledWith({ photos: 1, videos: 3 });
  expect(added.map((i) => i.name)).toEqual(['a.jpg', 'c.mp4']);
  expect(skipped).toBe(1);
});

test('closing the picker adds nothing', async () => {
  source.pickEvidence.mockResolvedValue([]);
  expect(await addEvidence([], () => undefined)).toEqual({ added: [], skipped: 0 });
  expect(source.uploadPicked).not.toHaveBeenCalled();
});
