import type { Complaint } from '../../../types/complaints';
import type { FunctionResponse } from '../../../types/functions';
import { AppError } from '../../domain/app-error';
import { addUserMessage, recordAppeal, respondToResolution } from '../../domain/complaints/complaint-case';
import type { ComplaintRecord } from '../../domain/complaints/complaint-record';
import { appealPreparation, complaintView, summaryView } from '../../domain/complaints/complaint-view';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { FileStore } from '../../ports/file-store';
import type { Ids } from '../../ports/ids';
import { changeCase, createComplaintRepository, type StoredComplaint } from './complaint.repository';
import { createEvidenceRepository, evidenceLinks } from './evidence.repository';

export interface UserComplaintDeps {
  store: DocStore;
  clock: Clock;
  ids: Ids;
  files: FileStore;
}

/** A user sees and changes only their own cases; someone else's is FORBIDDEN, whether it exists or not is not hidden by id guessing (ids are random). */
function ownedBy(record: StoredComplaint, caller: Caller): StoredComplaint {
  if (record.owner !== caller.openid) throw new AppError('FORBIDDEN', '这不是您的投诉');
  return record;
}

/** The user's functions on their complaints: list, read, write in the thread, answer a resolution, appeal to 12305. */
export function createUserComplaints(deps: UserComplaintDeps) {
  const { store, clock, ids, files } = deps;
  const complaints = createComplaintRepository(store);
  const evidence = createEvidenceRepository(store);

  const view = async (record: ComplaintRecord, caller: Caller): Promise<{ complaint: Complaint }> => ({
    complaint: complaintView(record, await evidenceLinks(files, record.evidence, { kind: 'user', openid: caller.openid })),
  });

  async function owned(id: string, caller: Caller): Promise<StoredComplaint> {
    const record = await complaints.get(id);
    if (!record) throw new AppError('NOT_FOUND', '没有找到这件投诉');
    return ownedBy(record, caller);
  }

  return {
    async list({ limit }: { limit: number }, caller: Caller): Promise<FunctionResponse<'listComplaints'>> {
      return { items: (await complaints.byOwner(caller.openid, limit)).map(summaryView) };
    },

    async get({ id }: { id: string }, caller: Caller) {
      return view(await owned(id, caller), caller);
    },

    async addMessage({ id, text, evidence: fileIds = [] }: { id: string; text: string; evidence?: string[] }, caller: Caller) {
      const attached = await evidence.attachable(fileIds, caller.openid);
      const saved = await changeCase(store, id, (r) =>
        addUserMessage(ownedBy(r, caller), { id: ids.next(), text, evidence: attached, nowMs: clock.now() }),
      );
      return view(saved, caller);
    },

    async respond({ id, accept, reason }: { id: string; accept: boolean; reason?: string }, caller: Caller) {
      const saved = await changeCase(store, id, (r) =>
        respondToResolution(ownedBy(r, caller), { accept, reason: reason || null, nowMs: clock.now() }),
      );
      return view(saved, caller);
    },

    async prepareAppeal({ id }: { id: string }, caller: Caller): Promise<FunctionResponse<'prepareAppeal'>> {
      return appealPreparation(await owned(id, caller), clock.now());
    },

    async recordAppeal({ id, caseNo }: { id: string; caseNo: string }, caller: Caller) {
      const saved = await changeCase(store, id, (r) => recordAppeal(ownedBy(r, caller), { caseNo, nowMs: clock.now() }));
      return view(saved, caller);
    },
  };
}
