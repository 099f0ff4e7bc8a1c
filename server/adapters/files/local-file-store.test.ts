import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocStore } from '../sqlite/sqlite-doc-store';
import { ManualClock } from '../system/system-clock';
import { SequentialIds } from '../system/random-ids';
import { fileStoreContract } from './file-store.contract';
import { createFileStore } from './file-store';
import { createLocalBlobStorage } from './local-blob-storage';
import { createLinkSigner } from './signed-link';

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'pm-files-'));
  roots.push(root);
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00+08:00'));
  const signer = createLinkSigner('a-file-link-key-of-length', '/api/_files');
  const store = createFileStore({
    blobs: createLocalBlobStorage(root, signer),
    docs: new SqliteDocStore(':memory:'),
    ids: new SequentialIds('file'),
    clock,
  });
  const open = async (url: string) => {
    const { pathname, searchParams } = new URL(url, 'http://127.0.0.1');
    const fileId = decodeURIComponent(pathname.slice('/api/_files/'.length));
    if (!signer.verify(fileId, searchParams.get('exp'), searchParams.get('sig'), clock.now())) return null;
    return (await store.get(fileId))?.bytes ?? null;
  };
  return { root, signer, store, clock, open, blobCount: async () => (await files(root)).length };
}

describe('local file store', () => {
  fileStoreContract(setup);

  it('keeps a file under its SHA-256, and leaves no temporary file behind', async () => {
    const { root, store } = await setup();
    const file = await store.put({ bytes: Buffer.from('x'), name: 'a.jpg', mime: 'image/jpeg', owner: 'o-1' });
    expect(await files(root)).toEqual([file.sha256]);
  });

  it('refuses a link whose signature was tampered with or moved to another file', async () => {
    const { store, signer, clock } = await setup();
    const a = await store.put({ bytes: Buffer.from('a'), name: 'a.jpg', mime: 'image/jpeg', owner: 'o-1' });
    const link = await store.link(a.fileId, { kind: 'user', openid: 'o-1' });
    const params = new URL(link!.url, 'http://127.0.0.1').searchParams;
    const [exp, sig] = [params.get('exp'), params.get('sig')];
    expect(signer.verify(a.fileId, exp, sig, clock.now())).toBe(true);
    expect(signer.verify('file-2', exp, sig, clock.now())).toBe(false);
    expect(signer.verify(a.fileId, String(Number(exp) + 3_600_000), sig, clock.now())).toBe(false);
    expect(signer.verify(a.fileId, exp, `${sig!.slice(0, -1)}A`, clock.now())).toBe(false);
    expect(signer.verify(a.fileId, exp, null, clock.now())).toBe(false);
  });

  it('refuses a short signing key', () => {
    expect(() => createLinkSigner('short', '/api/_files')).toThrow('at least 16');
  });
});
