import { verifyChain, type ChainVerdict } from '../../domain/complaints/case-log';
import type { DocStore } from '../../ports/doc-store';
import { createComplaintRepository } from './complaint.repository';

/**
 * `cli verify-case <id>`: the case log checked link by link, and its newest entry against the
 * head the case itself keeps (so deleting the newest entries is caught too). Null: no such case.
 */
export function createVerifyCase(deps: { store: DocStore }) {
  const complaints = createComplaintRepository(deps.store);
  return async (id: string): Promise<ChainVerdict | null> => {
    const record = await complaints.get(id);
    if (!record) return null;
    return verifyChain(id, await complaints.log(id), record.logHead);
  };
}
