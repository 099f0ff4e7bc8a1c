import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobStorage } from './blob-storage';
import type { LinkSigner } from './signed-link';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Blobs on disk under `root`, at `<root>/<first two hex>/<sha256>`; written to a temporary name, then renamed, so a reader never sees half a file. */
export function createLocalBlobStorage(root: string, signer: LinkSigner): BlobStorage {
  const pathOf = (ref: string) => {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(ref)) throw new Error(`not a local blob reference: ${ref}`);
    return join(root, ref);
  };
  return {
    acceptsClientUploads: false,
    async put(key, bytes) {
      const ref = `${key.slice(0, 2)}/${key}`;
      const path = pathOf(ref);
      const exists = await stat(path).then(
        () => true,
        (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
      );
      if (!exists) {
        await mkdir(dirname(path), { recursive: true });
        const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temp, bytes);
        await rename(temp, path);
      }
      return ref;
    },
    async get(ref) {
      return readFile(pathOf(ref)).catch((err: unknown) => (isMissing(err) ? null : Promise.reject(err)));
    },
    async remove(ref) {
      await rm(pathOf(ref), { force: true });
    },
    async link(_ref, fileId, { expiresAtMs }) {
      return signer.sign(fileId, expiresAtMs);
    },
  };
}
