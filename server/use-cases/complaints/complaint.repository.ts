import { AppError } from '../../domain/app-error';
import type { CaseLogEntry } from '../../domain/complaints/case-log';
import { nextWatchAt, type CaseChange } from '../../domain/complaints/complaint-case';
import type { ComplaintRecord } from '../../domain/complaints/complaint-record';
import type { Condition, DocStore, StoredDoc } from '../../ports/doc-store';

export const COMPLAINTS = 'complaints';
export const CASE_LOG = 'case_log';

/** The stored case: the record plus when the SLA timer must look at it next (derived on every write). */
type ComplaintDoc = ComplaintRecord & { watchAtMs: number | null };
export type StoredComplaint = StoredDoc<ComplaintRecord>;

/** Log entries are keyed by case and position: two writers appending the same position cannot both land. */
const entryId = (caseId: string, seq: number) => `${caseId}:${String(seq).padStart(6, '0')}`;

const toDoc = (record: ComplaintRecord): ComplaintDoc => ({ ...record, watchAtMs: nextWatchAt(record) });

function toRecord(doc: StoredDoc<ComplaintDoc>): StoredComplaint {
  const { watchAtMs: _watch, ...record } = doc;
  return record;
}

/** Cases a query may page through: enough for the console's lists and reports, bounded for one call. */
const PAGE = 500;
const MAX_PAGES = 20;

export function createComplaintRepository(store: DocStore) {
  async function findAll(where: Record<string, Condition>, order: 'asc' | 'desc' = 'desc'): Promise<StoredComplaint[]> {
    const found: StoredComplaint[] = [];
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const docs = await store.find<ComplaintDoc>(COMPLAINTS, {
        where,
        orderBy: [{ field: 'filedAtMs', direction: order }],
        limit: PAGE,
        skip: page * PAGE,
      });
      found.push(...docs.map(toRecord));
      if (docs.length < PAGE) break;
    }
    return found;
  }

  return {
    async get(id: string): Promise<StoredComplaint | null> {
      const doc = await store.get<ComplaintDoc>(COMPLAINTS, id);
      return doc && toRecord(doc);
    },

    async byOwner(owner: string, limit: number): Promise<StoredComplaint[]> {
      const docs = await store.find<ComplaintDoc>(COMPLAINTS, {
        where: { owner },
        orderBy: [{ field: 'filedAtMs', direction: 'desc' }],
        limit,
      });
      return docs.map(toRecord);
    },

    /** The owner's earlier complaints on this parcel, newest first. */
    async earlierOnParcel(owner: string, waybillNo: string): Promise<StoredComplaint[]> {
      return findAll({ owner, waybillNo });
    },

    /** Every case matching `where`, newest first (the console's queue and report). */
    findAll,

    /** Cases the SLA timer must look at now. */
    async due(nowMs: number, limit: number): Promise<StoredComplaint[]> {
      const docs = await store.find<ComplaintDoc>(COMPLAINTS, {
        where: { watchAtMs: { lte: nowMs } },
        orderBy: [{ field: 'watchAtMs', direction: 'asc' }],
        limit,
      });
      return docs.map(toRecord);
    },

    /** The case log, oldest first. */
    async log(caseId: string): Promise<CaseLogEntry[]> {
      const entries: CaseLogEntry[] = [];
      for (let page = 0; ; page += 1) {
        const docs = await store.find<CaseLogEntry>(CASE_LOG, {
          where: { caseId },
          orderBy: [{ field: 'seq', direction: 'asc' }],
          limit: PAGE,
          skip: page * PAGE,
        });
        entries.push(...docs.map(({ _id: _id, _v: _v, ...entry }) => entry as CaseLogEntry));
        if (docs.length < PAGE) return entries;
      }
    },
  };
}

async function appendEntries(tx: DocStore, entries: CaseLogEntry[]): Promise<void> {
  for (const entry of entries) await tx.insert<CaseLogEntry>(CASE_LOG, { _id: entryId(entry.caseId, entry.seq), ...entry });
}

/** Inside a transaction: a new case and its first log entry. */
export async function insertCase(tx: DocStore, change: CaseChange): Promise<void> {
  await tx.insert<ComplaintDoc>(COMPLAINTS, { _id: change.record.id, ...toDoc(change.record) });
  await appendEntries(tx, change.entries);
}

/** A case read, changed and written back with nothing landing in between. */
export type Decide = (record: StoredComplaint) => CaseChange | Promise<CaseChange>;
/** What else happens in the transaction that stores the change (notify the user…). */
export type Effects = (tx: DocStore, change: CaseChange, before: StoredComplaint) => Promise<void>;

class StaleCase extends Error {}
const ATTEMPTS = 3;

/**
 * Reads the case, lets `decide` make the change (or refuse with an AppError), then stores the
 * record, its log entries and the effects in one transaction, only if nobody changed the case in
 * between; otherwise decides again on a fresh read. NOT_FOUND when there is no such case.
 */
export async function changeCase(store: DocStore, id: string, decide: Decide, effects?: Effects): Promise<StoredComplaint> {
  const repo = createComplaintRepository(store);
  for (let attempt = 1; ; attempt += 1) {
    const before = await repo.get(id);
    if (!before) throw new AppError('NOT_FOUND', '没有找到这件投诉');
    const change = await decide(before);
    if (change.entries.length === 0) return before;
    try {
      return await store.transaction(async (tx) => {
        const saved = await tx.update<ComplaintDoc>(COMPLAINTS, id, toDoc(change.record), { ifVersion: before._v });
        if (!saved) throw new StaleCase();
        await appendEntries(tx, change.entries);
        if (effects) await effects(tx, change, before);
        return toRecord(saved);
      });
    } catch (err) {
      if (!(err instanceof StaleCase)) throw err;
      if (attempt >= ATTEMPTS) throw new AppError('CONFLICT');
    }
  }
}
