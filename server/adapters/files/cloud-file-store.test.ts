import { CloudbaseDocStore } from '../cloudbase/cloudbase-doc-store';
import { createFakeCloudDb } from '../cloudbase/fake-cloud-db';
import { ManualClock } from '../system/system-clock';
import { SequentialIds } from '../system/random-ids';
import { createCloudBlobStorage } from './cloud-blob-storage';
import { CloudStorageError } from './cloud-storage';
import { createFakeCloudStorage } from './fake-cloud-storage';
import { fileStoreContract } from './file-store.contract';
import { createFileStore } from './file-store';

function setup() {
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00+08:00'));
  const cloud = createFakeCloudStorage(clock);
  const store = createFileStore({
    blobs: createCloudBlobStorage(cloud),
    docs: new CloudbaseDocStore(createFakeCloudDb()),
    ids: new SequentialIds('file'),
    clock,
  });
  return { cloud, store, clock, open: async (url: string) => cloud.open(url), blobCount: async () => cloud.files.size };
}

describe('云开发 file store (in-memory storage semantics)', () => {
  fileStoreContract(async () => setup());

  it('stores server uploads under evidence/<sha256>', async () => {
    const { cloud, store } = setup();
    const file = await store.put({ bytes: Buffer.from('x'), name: 'a.jpg', mime: 'image/jpeg', owner: 'o-1' });
    expect([...cloud.files.keys()]).toEqual([`cloud://fake-env.fake-bucket-1300000000/evidence/${file.sha256.slice(0, 2)}/${file.sha256}`]);
  });

  it('adopts a file the mini program uploaded itself, for whoever claims it first', async () => {
    const { cloud, store, open } = setup();
    const uploadId = cloud.clientUpload('uploads/tmp_abc.jpg', Buffer.from('client photo'));
    const mine = await store.adopt!(uploadId, { name: 'tmp_abc.jpg', mime: 'image/jpeg', owner: 'o-1' });
    expect(mine).toMatchObject({ fileId: uploadId, owner: 'o-1', bytes: 12 });
    expect(await store.adopt!(uploadId, { name: 'x.jpg', mime: 'image/jpeg', owner: 'o-2' })).toMatchObject({ owner: 'o-1' });
    expect(await store.link(uploadId, { kind: 'user', openid: 'o-2' })).toBeNull();
    const link = await store.link(uploadId, { kind: 'user', openid: 'o-1' });
    expect((await open(link!.url))?.toString()).toBe('client photo');
    expect(await store.remove(uploadId)).toBe(true);
    expect(cloud.files.has(uploadId)).toBe(false);
  });

  it('adopting an upload that does not exist gives null', async () => {
    const { store } = setup();
    expect(
      await store.adopt!('cloud://fake-env.fake-bucket-1300000000/uploads/none.jpg', { name: 'n', mime: 'image/jpeg', owner: 'o-1' }),
    ).toBeNull();
  });

  it('a storage failure other than a missing file is raised, not hidden', async () => {
    const { cloud, store } = setup();
    const file = await store.put({ bytes: Buffer.from('x'), name: 'a.jpg', mime: 'image/jpeg', owner: 'o-1' });
    cloud.getTempFileURL = async ({ fileList }) => ({
      fileList: fileList.map(({ fileID }) => ({ fileID, status: -1, errMsg: 'quota', tempFileURL: '' })),
    });
    await expect(store.link(file.fileId, { kind: 'staff', username: 'lina' })).rejects.toBeInstanceOf(CloudStorageError);
  });
});
