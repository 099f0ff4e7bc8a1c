import { createHash } from 'node:crypto';
import type { ManualClock } from '../system/system-clock';
import type { FileStore } from '../../ports/file-store';

/** What a contract run needs from its adapter: the store, its clock, and a way to follow a link as a browser would. */
export interface FileStoreHarness {
  store: FileStore;
  clock: ManualClock;
  /** The bytes a link opens to right now, or null when it does not open (expired, forged, file gone). */
  open(url: string): Promise<Buffer | null>;
  /** How many distinct blobs are stored: content addressing keeps one per content. */
  blobCount(): Promise<number>;
}

const photo = Buffer.from('a photo of a crushed box');
const owner = { kind: 'user', openid: 'o-owner' } as const;
const stranger = { kind: 'user', openid: 'o-stranger' } as const;
const staff = { kind: 'staff', username: 'lina' } as const;

/** The behaviour every FileStore adapter owes the use cases. Each adapter's test runs it. */
export function fileStoreContract(makeHarness: () => Promise<FileStoreHarness>): void {
  let h: FileStoreHarness;
  beforeEach(async () => {
    h = await makeHarness();
  });
  const put = (bytes = photo, who: string = owner.openid) => h.store.put({ bytes, name: 'box.jpg', mime: 'image/jpeg', owner: who });

  test('a file reads back as written, with its owner, size and SHA-256', async () => {
    const file = await put();
    expect(file).toMatchObject({
      owner: 'o-owner',
      name: 'box.jpg',
      mime: 'image/jpeg',
      bytes: photo.length,
      sha256: createHash('sha256').update(photo).digest('hex'),
    });
    const got = await h.store.get(file.fileId);
    expect(got?.bytes.equals(photo)).toBe(true);
    expect(got?.file).toEqual(file);
    expect(await h.store.stat(file.fileId)).toEqual(file);
  });

  test('an unknown file is null everywhere, and removing it is false', async () => {
    expect(await h.store.get('no-such-file')).toBeNull();
    expect(await h.store.stat('no-such-file')).toBeNull();
    expect(await h.store.link('no-such-file', staff)).toBeNull();
    expect(await h.store.remove('no-such-file')).toBe(false);
  });

  test('the same content uploaded twice is two files over one blob', async () => {
    const a = await put();
    const b = await put(photo, 'o-other');
    expect(a.fileId).not.toBe(b.fileId);
    expect(a.sha256).toBe(b.sha256);
    expect(await h.blobCount()).toBe(1);
  });

  test('removing a file keeps the bytes another file still uses, and drops them with the last one', async () => {
    const a = await put();
    const b = await put(photo, 'o-other');
    expect(await h.store.remove(a.fileId)).toBe(true);
    expect(await h.store.get(a.fileId)).toBeNull();
    expect((await h.store.get(b.fileId))?.bytes.equals(photo)).toBe(true);
    expect(await h.store.remove(b.fileId)).toBe(true);
    expect(await h.blobCount()).toBe(0);
  });

  test('the uploader and staff get a link that opens the file; another user gets none', async () => {
    const file = await put();
    const mine = await h.store.link(file.fileId, owner);
    const staffs = await h.store.link(file.fileId, staff);
    expect(mine && (await h.open(mine.url))?.equals(photo)).toBe(true);
    expect(staffs && (await h.open(staffs.url))?.equals(photo)).toBe(true);
    expect(await h.store.link(file.fileId, stranger)).toBeNull();
  });

  test('a link is short-lived: ten minutes by default, then it no longer opens', async () => {
    const file = await put();
    const link = await h.store.link(file.fileId, owner);
    expect(link?.expiresAtMs).toBe(h.clock.now() + 600_000);
    h.clock.advance(599_000);
    expect(await h.open(link!.url)).not.toBeNull();
    h.clock.advance(2_000);
    expect(await h.open(link!.url)).toBeNull();
  });

  test('a link no longer opens once the file is removed', async () => {
    const file = await put();
    const link = await h.store.link(file.fileId, owner);
    await h.store.remove(file.fileId);
    expect(await h.open(link!.url)).toBeNull();
  });
}
