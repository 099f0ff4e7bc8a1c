import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

/**
 * The tamper-evident case log: every change to a case is appended as an entry that carries the
 * hash of the one before it. Each hash covers the entry's canonical JSON (RFC 8785, so anyone
 * can recompute it), and the first entry links to a hash of the case id, so a chain cannot be
 * moved to another case. Editing, removing, reordering or inserting an entry breaks the chain;
 * removing the newest entries is caught against the head kept on the case (and shown in the
 * prepared 12305 appeal).
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface CaseLogEntry {
  caseId: string;
  /** 1, 2, 3…: position in the chain. */
  seq: number;
  /** ISO-8601 with +08:00. */
  at: string;
  /** user:<openid>, staff:<username> or system. */
  actor: string;
  action: string;
  data: { [key: string]: JsonValue };
  prevHash: string;
  hash: string;
}

export type NewEntry = Pick<CaseLogEntry, 'at' | 'actor' | 'action' | 'data'>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function genesisHash(caseId: string): string {
  return sha256(`parcelmate/case-log/v1\n${caseId}`);
}

export function entryHash(entry: Omit<CaseLogEntry, 'hash'>): string {
  const { caseId, seq, at, actor, action, data, prevHash } = entry;
  return sha256(canonicalize({ caseId, seq, at, actor, action, data, prevHash }));
}

/** The newest entry's position and hash: all a new entry needs, and what the case keeps to catch truncation. */
export type LogHead = Pick<CaseLogEntry, 'seq' | 'hash'>;

/** The entry that follows `previous` (null for a new case). */
export function appendEntry(caseId: string, previous: LogHead | null, entry: NewEntry): CaseLogEntry {
  // Through JSON first, so the entry returned is exactly what storage gives back (no Date objects, no undefined fields).
  const data = JSON.parse(JSON.stringify(entry.data)) as CaseLogEntry['data'];
  const body = { caseId, seq: (previous?.seq ?? 0) + 1, ...entry, data, prevHash: previous?.hash ?? genesisHash(caseId) };
  return { ...body, hash: entryHash(body) };
}

export type ChainProblem = 'WRONG_CASE' | 'OUT_OF_SEQUENCE' | 'BROKEN_LINK' | 'HASH_MISMATCH' | 'HEAD_MISMATCH';

export type ChainVerdict =
  | { ok: true; count: number; head: LogHead | null }
  | { ok: false; index: number; seq: number | null; problem: ChainProblem; message: string };

const MESSAGES: Record<ChainProblem, string> = {
  WRONG_CASE: '这条记录属于另一个案件',
  OUT_OF_SEQUENCE: '记录序号不连续：有记录被删除、插入或调换了顺序',
  BROKEN_LINK: '记录与前一条衔接不上：前面的记录被改动、删除或调换了顺序',
  HASH_MISMATCH: '记录内容与其校验值不符：这条记录被改动过',
  HEAD_MISMATCH: '记录与案件保存的最新校验值不符：最新的记录被删除或改动过',
};

/**
 * Checks the chain in order (entries as stored, oldest first) and reports the first bad entry.
 * With `head`, the newest entry must be exactly the one the case points to.
 */
export function verifyChain(caseId: string, entries: readonly CaseLogEntry[], head?: LogHead): ChainVerdict {
  const fail = (index: number, problem: ChainProblem): ChainVerdict => ({
    ok: false,
    index,
    seq: entries[index]?.seq ?? null,
    problem,
    message: index < entries.length ? `第 ${index + 1} 条：${MESSAGES[problem]}` : MESSAGES[problem],
  });
  let prevHash = genesisHash(caseId);
  for (const [index, entry] of entries.entries()) {
    if (entry.caseId !== caseId) return fail(index, 'WRONG_CASE');
    if (entry.seq !== index + 1) return fail(index, 'OUT_OF_SEQUENCE');
    if (entry.prevHash !== prevHash) return fail(index, 'BROKEN_LINK');
    if (entryHash(entry) !== entry.hash) return fail(index, 'HASH_MISMATCH');
    prevHash = entry.hash;
  }
  const last = entries.at(-1);
  const actualHead = last ? { seq: last.seq, hash: last.hash } : null;
  if (head && (actualHead?.seq !== head.seq || actualHead?.hash !== head.hash)) return fail(entries.length, 'HEAD_MISMATCH');
  return { ok: true, count: entries.length, head: actualHead };
}
