import { createHash } from 'node:crypto';
import { DuplicateIdError, type DocStore } from '../../ports/doc-store';
import type { Clock } from '../../ports/clock';
import type { Ids } from '../../ports/ids';
import { DEFAULT_LINK_TTL_S, MAX_LINK_TTL_S, type FileStore, type FileViewer, type StoredFile } from '../../ports/file-store';
import type { BlobStorage } from './blob-storage';

const FILES = 'files';

interface FileDoc extends StoredFile {
  /** Where the bytes are: a path under the local root or a cloud fileID. Shared by uploads of the same content. */
  blobRef: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Cloud fileIDs hold ':' and '/', so documents are keyed by a hash of the file id. */
const docId = (fileId: string) => sha256(Buffer.from(fileId, 'utf8')).slice(0, 40);

export function mayViewFile(file: StoredFile, viewer: FileViewer): boolean {
  return viewer.kind === 'staff' || viewer.openid === file.owner;
}

function publicView(doc: FileDoc): StoredFile {
  const { fileId, owner, name, mime, bytes, sha256: hash, createdAtMs } = doc;
  return { fileId, owner, name, mime, bytes, sha256: hash, createdAtMs };
}

/**
 * A file store over any blob storage: metadata in the document store (collection `files`),
 * bytes content-addressed by SHA-256, so the same photo uploaded twice is kept once and its
 * bytes go only when the last file that uses them is removed.
 */
export function createFileStore(deps: { blobs: BlobStorage; docs: DocStore; ids: Ids; clock: Clock }): FileStore {
  const { blobs, docs, ids, clock } = deps;
  const read = (fileId: string) => docs.get<FileDoc>(FILES, docId(fileId));

  const store: FileStore = {
    async put({ bytes, name, mime, owner }) {
      const hash = sha256(bytes);
      const blobRef = await blobs.put(hash, Buffer.from(bytes));
      const fileId = ids.next();
      const doc: FileDoc = { fileId, owner, name, mime, bytes: bytes.byteLength, sha256: hash, createdAtMs: clock.now(), blobRef };
      await docs.insert<FileDoc>(FILES, { _id: docId(fileId), ...doc });
      return publicView(doc);
    },

    async stat(fileId) {
      const doc = await read(fileId);
      return doc && publicView(doc);
    },

    async get(fileId) {
      const doc = await read(fileId);
      const bytes = doc && (await blobs.get(doc.blobRef));
      return doc && bytes ? { file: publicView(doc), bytes } : null;
    },

    async remove(fileId) {
      const doc = await read(fileId);
      if (!doc || !(await docs.remove(FILES, doc._id))) return false;
      // A put of the same content racing this check can lose its bytes; uploads are rare enough to accept it.
      if ((await docs.count(FILES, { blobRef: doc.blobRef })) === 0) await blobs.remove(doc.blobRef);
      return true;
    },

    async link(fileId, viewer, ttlS = DEFAULT_LINK_TTL_S) {
      const doc = await read(fileId);
      if (!doc || !mayViewFile(doc, viewer)) return null;
      const ttl = Math.min(Math.max(1, Math.round(ttlS)), MAX_LINK_TTL_S);
      const expiresAtMs = clock.now() + ttl * 1000;
      return { url: await blobs.link(doc.blobRef, fileId, { ttlS: ttl, expiresAtMs }), expiresAtMs };
    },
  };

  if (blobs.acceptsClientUploads) {
    store.adopt = async (uploadId, { name, mime, owner }) => {
      const existing = await read(uploadId);
      if (existing) return publicView(existing);
      const bytes = await blobs.get(uploadId);
      if (!bytes) return null;
      const doc: FileDoc = {
        fileId: uploadId,
        owner,
        name,
        mime,
        bytes: bytes.length,
        sha256: sha256(bytes),
        createdAtMs: clock.now(),
        blobRef: uploadId,
      };
      try {
        await docs.insert<FileDoc>(FILES, { _id: docId(uploadId), ...doc });
        return publicView(doc);
      } catch (err) {
        if (!(err instanceof DuplicateIdError)) throw err;
        return store.stat(uploadId); // someone claimed it between our read and insert
      }
    };
  }
  return store;
}
