import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { FileStore } from '../../ports/file-store';
import { createRateLimiter } from '../rate-limiter';

export interface UploadEvidenceDeps {
  store: DocStore;
  clock: Clock;
  files: FileStore;
}

/** Uploads per user per ten minutes: a form holds at most 12 files. */
export const UPLOAD_LIMIT = { max: 40, windowMs: 10 * 60_000 } as const;

/**
 * The local stand-in for the mini program's upload to cloud storage: the bytes are kept as the
 * caller's file, unjudged; checkEvidence judges them next and deletes them if they fail.
 */
export function createUploadEvidence(deps: UploadEvidenceDeps) {
  const limit = createRateLimiter(deps.store, deps.clock, UPLOAD_LIMIT);
  return async (upload: { bytes: Uint8Array; name: string; mime: string }, caller: Caller): Promise<{ fileId: string }> => {
    await limit(`upload:${caller.openid}`, '上传太频繁了，请稍后再试');
    const file = await deps.files.put({ ...upload, owner: caller.openid });
    return { fileId: file.fileId };
  };
}
