import type { EvidenceCheck } from '../../../types/complaints';
import { AppError } from '../../domain/app-error';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { EvidenceInspector } from '../../ports/evidence-inspector';
import type { FileStore } from '../../ports/file-store';
import { createRateLimiter } from '../rate-limiter';
import { createEvidenceRepository } from './evidence.repository';

export interface CheckEvidenceDeps {
  store: DocStore;
  clock: Clock;
  files: FileStore;
  inspectEvidence: EvidenceInspector;
}

/** Checks per user per ten minutes: a form holds at most 12 files, retries included this is plenty. */
export const CHECK_LIMIT = { max: 60, windowMs: 10 * 60_000 } as const;

/** The name a cloud upload was given by the mini program: the last part of its fileID. */
const nameOf = (fileId: string) => fileId.split('/').pop() ?? fileId;

/**
 * checkEvidence: the file the caller uploaded (locally through /api/_upload; in WeChat straight
 * to cloud storage, adopted here) is judged by its bytes. A file that fails is deleted at once,
 * so it can never be attached; one that passes is recorded with its SHA-256 for fileComplaint.
 */
export function createCheckEvidence(deps: CheckEvidenceDeps) {
  const { files, clock } = deps;
  const evidence = createEvidenceRepository(deps.store);
  const limit = createRateLimiter(deps.store, clock, CHECK_LIMIT);

  return async ({ fileId }: { fileId: string }, caller: Caller): Promise<EvidenceCheck> => {
    await limit(`checkEvidence:${caller.openid}`, '检查文件太频繁了，请稍后再试');
    const file = files.adopt
      ? await files.adopt(fileId, { name: nameOf(fileId), mime: '', owner: caller.openid })
      : await files.stat(fileId);
    if (!file) throw new AppError('NOT_FOUND', '没有找到这个文件，请重新上传');
    if (file.owner !== caller.openid) throw new AppError('FORBIDDEN', '只能检查您自己上传的文件');
    const stored = await files.get(fileId);
    if (!stored) throw new AppError('NOT_FOUND', '没有找到这个文件，请重新上传');

    const verdict = await deps.inspectEvidence({ bytes: stored.bytes, name: file.name, mime: file.mime || null });
    if (!verdict.ok) {
      await files.remove(fileId);
      throw new AppError('EVIDENCE_INVALID', verdict.message);
    }
    await evidence.record(fileId, caller.openid, verdict.evidence, clock.now());
    return verdict.evidence;
  };
}
