import type { Clock } from '../../ports/clock';
import type { CloudStorage } from './cloud-storage';

const ENV_PREFIX = 'cloud://fake-env.fake-bucket-1300000000/';
const missing = () => Object.assign(new Error('storage file not exist'), { code: 'STORAGE_FILE_NONEXIST' });

/**
 * An in-memory stand-in for 云开发 storage with its documented behaviour, for tests: uploading
 * to an existing cloudPath overwrites it, a missing file is STORAGE_FILE_NONEXIST (thrown by
 * downloadFile, per file in batch calls), temporary links stop working after maxAge seconds.
 */
export function createFakeCloudStorage(clock: Clock): CloudStorage & {
  files: Map<string, Buffer>;
  /** What fetching a temporary link gives at the clock's current time: the bytes, or null (expired, forged, deleted). */
  open(url: string): Buffer | null;
  /** What a mini program's wx.cloud.uploadFile would do: store bytes at a path of the client's choice. */
  clientUpload(cloudPath: string, bytes: Buffer): string;
} {
  const files = new Map<string, Buffer>();
  const links = new Map<string, { fileID: string; expiresAtMs: number }>();
  let linkSeq = 0;
  const upload = (cloudPath: string, bytes: Buffer) => {
    const fileID = `${ENV_PREFIX}${cloudPath}`;
    files.set(fileID, Buffer.from(bytes));
    return fileID;
  };

  return {
    files,
    async uploadFile({ cloudPath, fileContent }) {
      return { fileID: upload(cloudPath, fileContent) };
    },
    async downloadFile({ fileID }) {
      const bytes = files.get(fileID);
      if (!bytes) throw missing();
      return { fileContent: Buffer.from(bytes) };
    },
    async deleteFile({ fileList }) {
      return {
        fileList: fileList.map((fileID) =>
          files.delete(fileID)
            ? { fileID, status: 0 }
            : { fileID, status: -1, code: 'STORAGE_FILE_NONEXIST', errMsg: 'STORAGE_FILE_NONEXIST' },
        ),
      };
    },
    async getTempFileURL({ fileList }) {
      if (fileList.length > 50) throw new Error('getTempFileURL takes at most 50 files');
      return {
        fileList: fileList.map(({ fileID, maxAge }) => {
          if (!files.has(fileID))
            return { fileID, status: -1, code: 'STORAGE_FILE_NONEXIST', errMsg: 'STORAGE_FILE_NONEXIST', tempFileURL: '' };
          linkSeq += 1;
          const tempFileURL = `https://fake-bucket.tcb.qcloud.la/${fileID.slice(ENV_PREFIX.length)}?sign=s${linkSeq}&t=${maxAge}`;
          links.set(tempFileURL, { fileID, expiresAtMs: clock.now() + maxAge * 1000 });
          return { fileID, status: 0, tempFileURL };
        }),
      };
    },
    open(url) {
      const link = links.get(url);
      if (!link || clock.now() > link.expiresAtMs) return null;
      return files.get(link.fileID) ?? null;
    },
    clientUpload: upload,
  };
}
