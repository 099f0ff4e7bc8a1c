import type { BlobStorage } from './blob-storage';
import { CloudStorageError, isMissingFile, type CloudStorage } from './cloud-storage';

/** The storage folder of evidence uploaded through the server; keep the bucket private (仅创建者可读写). */
export const EVIDENCE_FOLDER = 'evidence';

/** Blobs in 云开发 storage at `evidence/<first two hex>/<sha256>`; references are cloud fileIDs. */
export function createCloudBlobStorage(storage: CloudStorage): BlobStorage {
  return {
    acceptsClientUploads: true,
    async put(key, bytes) {
      // Same path for the same content: a second upload overwrites identical bytes.
      const { fileID } = await storage.uploadFile({ cloudPath: `${EVIDENCE_FOLDER}/${key.slice(0, 2)}/${key}`, fileContent: bytes });
      return fileID;
    },
    async get(ref) {
      try {
        return (await storage.downloadFile({ fileID: ref })).fileContent;
      } catch (err) {
        if (isMissingFile(err)) return null;
        throw err;
      }
    },
    async remove(ref) {
      const [result] = (await storage.deleteFile({ fileList: [ref] })).fileList;
      if (result && result.status !== 0 && !isMissingFile(result))
        throw new CloudStorageError('deleteFile', result.status, result.errMsg ?? '');
    },
    async link(ref, _fileId, { ttlS }) {
      const [result] = (await storage.getTempFileURL({ fileList: [{ fileID: ref, maxAge: ttlS }] })).fileList;
      if (!result || result.status !== 0)
        throw new CloudStorageError('getTempFileURL', result?.status ?? -1, result?.errMsg ?? 'no answer');
      return result.tempFileURL;
    },
  };
}
