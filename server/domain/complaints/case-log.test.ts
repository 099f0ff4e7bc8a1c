import { appendEntry, verifyChain, type CaseLogEntry, type NewEntry } from './case-log';

const CASE = 'case-0001';
const steps: NewEntry[] = [
  { at: '2026-11-23T09:00:00+08:00', actor: 'user:o-abc', action: 'FILE', data: { type: 'DAMAGED', evidence: ['f1', 'f2'] } },
  { at: '2026-11-23T11:00:00+08:00', actor: 'staff:lina', action: 'STAFF_REPLY', data: { text: '已联系网点核实' } },
  { at: '2026-11-24T15:00:00+08:00', actor: 'staff:lina', action: 'RESOLVE', data: { remedy: { kind: 'COMPENSATION', amountFen: 8800 } } },
  { at: '2026-11-24T16:00:00+08:00', actor: 'user:o-abc', action: 'REJECT', data: { reason: '金额不够' } },
];

function chain(): CaseLogEntry[] {
  return steps.reduce<CaseLogEntry[]>((log, step) => [...log, appendEntry(CASE, log.at(-1) ?? null, step)], []);
}
const headOf = (log: CaseLogEntry[]) => ({ seq: log.at(-1)!.seq, hash: log.at(-1)!.hash });

describe('the case log', () => {
  it('an untouched chain verifies, with its head', () => {
    const log = chain();
    expect(verifyChain(CASE, log, headOf(log))).toEqual({ ok: true, count: 4, head: headOf(log) });
  });

  it('is deterministic: the same steps give the same hashes (key order does not matter)', () => {
    const reordered = { ...steps[0], data: { evidence: ['f1', 'f2'], type: 'DAMAGED' } };
    expect(appendEntry(CASE, null, reordered).hash).toBe(chain()[0].hash);
  });

  it('returns each entry exactly as it will read back from storage, and it verifies there', () => {
    const entry = appendEntry(CASE, null, { ...steps[0], data: { seenAt: new Date(0), note: undefined } as never });
    const stored = JSON.parse(JSON.stringify(entry)) as CaseLogEntry;
    expect(stored).toStrictEqual(entry);
    expect(verifyChain(CASE, [stored], headOf([stored])).ok).toBe(true);
  });

  it('detects an edited entry', () => {
    const log = chain();
    log[2] = { ...log[2], data: { remedy: { kind: 'COMPENSATION', amountFen: 88000 } } };
    expect(verifyChain(CASE, log)).toMatchObject({ ok: false, index: 2, problem: 'HASH_MISMATCH' });
  });

  it('detects an edited entry whose hash was recomputed, at the entry after it', () => {
    const log = chain();
    log[1] = appendEntry(CASE, log[0], { ...steps[1], data: { text: '我们已经赔过了' } });
    expect(verifyChain(CASE, log)).toMatchObject({ ok: false, index: 2, problem: 'BROKEN_LINK' });
  });

  it('detects a deleted entry', () => {
    const log = chain();
    log.splice(1, 1);
    expect(verifyChain(CASE, log)).toMatchObject({ ok: false, index: 1, seq: 3, problem: 'OUT_OF_SEQUENCE' });
  });

  it('detects the newest entry deleted, against the head the case keeps', () => {
    const log = chain();
    const head = headOf(log);
    expect(verifyChain(CASE, log.slice(0, 3), head)).toMatchObject({ ok: false, problem: 'HEAD_MISMATCH' });
  });

  it('detects reordered entries', () => {
    const log = chain();
    [log[1], log[2]] = [log[2], log[1]];
    expect(verifyChain(CASE, log)).toMatchObject({ ok: false, index: 1, problem: 'OUT_OF_SEQUENCE' });
  });

  it('detects an inserted entry, even one numbered to fit', () => {
    const log = chain();
    const forged = appendEntry(CASE, log[0], { at: '2026-11-23T10:00:00+08:00', actor: 'user:o-abc', action: 'ACCEPT', data: {} });
    const renumbered = log.slice(1).map((e) => ({ ...e, seq: e.seq + 1 }));
    expect(verifyChain(CASE, [log[0], forged, ...renumbered])).toMatchObject({ ok: false, index: 2, problem: 'BROKEN_LINK' });
  });

  it('detects a chain moved from another case', () => {
    const log = chain().map((e) => ({ ...e, caseId: 'case-0002' }));
    expect(verifyChain('case-0002', log)).toMatchObject({ ok: false, index: 0, problem: 'BROKEN_LINK' });
    expect(verifyChain(CASE, log)).toMatchObject({ ok: false, index: 0, problem: 'WRONG_CASE' });
  });

  it('says in Chinese which entry is bad', () => {
    const log = chain();
    log.splice(2, 1);
    const verdict = verifyChain(CASE, log);
    expect(verdict.ok ? '' : verdict.message).toBe('第 3 条：记录序号不连续：有记录被删除、插入或调换了顺序');
  });
});
