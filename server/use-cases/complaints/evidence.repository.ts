import { createHash } from 'node:crypto';
import type { EvidenceCheck } from '../../../types/complaints';
import { AppError } from '../../domain/app-error';
import type { CaseEvidence } from '../../domain/complaints/complaint-record';
import type { DocStore } from '../../ports/doc-store';
import type { FileStore, FileViewer } from '../../ports/file-store';

/** Files that passed checkEvidence: what a complaint may attach. */
export const EVIDENCE_CHECKS = 'evidence_checks';

interface EvidenceCheckDoc extends EvidenceCheck {
  fileId: string;
  owner: string;
  checkedAtMs: number;
}

/** Cloud fileIDs hold ':' and '/', so checks are keyed by a hash of the file id. */
const checkId = (fileId: string) => createHash('sha256').update(fileId, 'utf8').digest('hex').slice(0, 40);

export function createEvidenceRepository(store: DocStore) {
  return {
    async record(fileId: string, owner: string, check: EvidenceCheck, nowMs: number): Promise<void> {
      const doc: EvidenceCheckDoc = { ...check, fileId, owner, checkedAtMs: nowMs };
      const id = checkId(fileId);
      if (!(await store.update<EvidenceCheckDoc>(EVIDENCE_CHECKS, id, doc)))
        await store.insert<EvidenceCheckDoc>(EVIDENCE_CHECKS, { _id: id, ...doc });
    },

    /**
     * The checked files named in a request, in its order, each the caller's own: a file nobody
     * checked is bad input, someone else's file is FORBIDDEN.
     */
    async attachable(fileIds: readonly string[], owner: string): Promise<CaseEvidence[]> {
      const docs = await Promise.all(fileIds.map((fileId) => store.get<EvidenceCheckDoc>(EVIDENCE_CHECKS, checkId(fileId))));
      return docs.map((doc, i) => {
        if (!doc) throw new AppError('INVALID_INPUT', `第 ${i + 1} 个证据文件还没有通过检查，请重新上传`);
        if (doc.owner !== owner) throw new AppError('FORBIDDEN', '只能使用您自己上传的证据文件');
        const { fileId, kind, mime, bytes, durationS, sha256 } = doc;
        return { fileId, kind, mime, bytes, durationS, sha256 };
      });
    },
  };
}

/** Short-lived links to a case's files for one viewer; a file that is gone simply has none. */
export async function evidenceLinks(files: FileStore, evidence: readonly CaseEvidence[], viewer: FileViewer): Promise<Map<string, string>> {
  const links = await Promise.all(evidence.map(async (e) => [e.fileId, (await files.link(e.fileId, viewer))?.url] as const));
  return new Map(links.filter((l): l is readonly [string, string] => l[1] !== undefined));
}
