import type { ComplaintType, Remedy, Tier } from '../../../types/complaints';
import { AppError } from '../app-error';
import { appealAnswerWindow, appealEligibility } from './appeal-rules';
import { appendEntry, type CaseLogEntry, type JsonValue, type LogHead } from './case-log';
import { transition, type CaseAction } from './case-state';
import { toChinaIso } from './china-time';
import { missingElements } from '../../../types/complaint-elements';
import type { CaseEvidence, CaseMessage, ComplaintRecord } from './complaint-record';
import { newBreaches, slaDeadlines, type SlaFacts } from './sla-rules';
import { chooseTier } from './tier-rules';

/** A change to a case: the new record and the log entries that record it. */
export interface CaseChange {
  record: ComplaintRecord;
  entries: CaseLogEntry[];
}

export type Actor = { kind: 'user'; openid: string } | { kind: 'staff'; username: string } | { kind: 'system' };

const actorName = (a: Actor) => (a.kind === 'user' ? `user:${a.openid}` : a.kind === 'staff' ? `staff:${a.username}` : 'system');

/** Applies `action` to the state, stamps the time and appends one log entry per item of `data`. */
function change(
  record: ComplaintRecord,
  action: CaseAction,
  actor: Actor,
  nowMs: number,
  patch: Partial<ComplaintRecord>,
  data: { [key: string]: JsonValue }[],
): CaseChange {
  const state = transition(record.state, action);
  const entries: CaseLogEntry[] = [];
  let head: LogHead = record.logHead;
  for (const d of data) {
    const entry = appendEntry(record.id, head, { at: toChinaIso(nowMs), actor: actorName(actor), action, data: d });
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { record: { ...record, ...patch, state, updatedAtMs: nowMs, logHead: head }, entries };
}

export interface FileInput {
  waybillNo: string;
  carrier?: string;
  type: ComplaintType;
  description: string;
  remedy: Remedy;
  insured?: { declaredValueFen: number };
  contactPhone: string;
}

export interface FileContext {
  id: string;
  owner: string;
  messageId: string;
  nowMs: number;
  carrierName: string | null;
  /** The files named in the request, already checked, in order. */
  evidence: CaseEvidence[];
  /** The user's earlier complaints on this parcel, newest first. */
  earlier: { id: string }[];
  disputeAtMs?: number;
}

/** A new case: the five elements checked, tier chosen, deadlines set, the first log entry written. */
export function fileCase(input: FileInput, ctx: FileContext): CaseChange {
  const missing = Object.values(missingElements({ ...input, evidence: ctx.evidence.map((e) => e.kind) }));
  if (missing.length > 0) throw new AppError('INVALID_INPUT', missing[0]);

  const valueAtStakeFen = Math.max(input.insured?.declaredValueFen ?? 0, input.remedy.amountFen ?? 0);
  const { tier, reasons } = chooseTier({ type: input.type, valueAtStakeFen, earlierComplaints: ctx.earlier.length });
  const repeatOf = ctx.earlier[0]?.id ?? null;
  const evidenceIds = ctx.evidence.map((e) => e.fileId);
  const blank: ComplaintRecord = {
    id: ctx.id,
    owner: ctx.owner,
    waybillNo: input.waybillNo,
    carrier: input.carrier ?? null,
    carrierName: ctx.carrierName,
    type: input.type,
    description: input.description,
    remedy: input.remedy,
    insured: input.insured ?? null,
    contactPhone: input.contactPhone,
    state: 'OPEN',
    tier,
    tierReasons: reasons,
    assignee: null,
    filedAtMs: ctx.nowMs,
    updatedAtMs: ctx.nowMs,
    disputeAtMs: ctx.disputeAtMs ?? null,
    repeatOf,
    deadlines: slaDeadlines(ctx.nowMs, input.type, repeatOf !== null),
    firstRespondedAtMs: null,
    resolvedAtMs: null,
    breaches: [],
    messages: [{ id: ctx.messageId, from: 'USER', text: input.description, atMs: ctx.nowMs, evidence: evidenceIds, by: null }],
    evidence: ctx.evidence,
    resolution: null,
    appeal: null,
    postageFen: null,
    itemValueFen: null,
    logHead: { seq: 0, hash: '' },
  };
  const entry = appendEntry(ctx.id, null, {
    at: toChinaIso(ctx.nowMs),
    actor: actorName({ kind: 'user', openid: ctx.owner }),
    action: 'FILE',
    data: {
      waybillNo: input.waybillNo,
      carrier: input.carrier ?? null,
      type: input.type,
      description: input.description,
      remedy: { ...input.remedy },
      insured: input.insured ? { ...input.insured } : null,
      evidence: ctx.evidence.map((e) => ({ fileId: e.fileId, sha256: e.sha256 })),
      tier,
      repeatOf,
    },
  });
  return { record: { ...blank, logHead: { seq: entry.seq, hash: entry.hash } }, entries: [entry] };
}

export function addUserMessage(r: ComplaintRecord, m: { id: string; text: string; evidence: CaseEvidence[]; nowMs: number }): CaseChange {
  const message: CaseMessage = { id: m.id, from: 'USER', text: m.text, atMs: m.nowMs, evidence: m.evidence.map((e) => e.fileId), by: null };
  return change(
    r,
    'USER_MESSAGE',
    { kind: 'user', openid: r.owner },
    m.nowMs,
    { messages: [...r.messages, message], evidence: [...r.evidence, ...m.evidence] },
    [{ messageId: m.id, text: m.text, evidence: m.evidence.map((e) => ({ fileId: e.fileId, sha256: e.sha256 })) }],
  );
}

export function staffReply(r: ComplaintRecord, m: { id: string; username: string; text: string; nowMs: number }): CaseChange {
  const message: CaseMessage = { id: m.id, from: 'STAFF', text: m.text, atMs: m.nowMs, evidence: [], by: m.username };
  return change(
    r,
    'STAFF_REPLY',
    { kind: 'staff', username: m.username },
    m.nowMs,
    { messages: [...r.messages, message], firstRespondedAtMs: r.firstRespondedAtMs ?? m.nowMs },
    [{ messageId: m.id, text: m.text }],
  );
}

export function resolveCase(r: ComplaintRecord, m: { username: string; text: string; remedy: Remedy; nowMs: number }): CaseChange {
  const resolution = { text: m.text, remedy: m.remedy, atMs: m.nowMs, by: m.username, response: null };
  return change(
    r,
    'RESOLVE',
    { kind: 'staff', username: m.username },
    m.nowMs,
    { resolution, resolvedAtMs: r.resolvedAtMs ?? m.nowMs, firstRespondedAtMs: r.firstRespondedAtMs ?? m.nowMs },
    [{ text: m.text, remedy: { ...m.remedy } }],
  );
}

export function respondToResolution(r: ComplaintRecord, m: { accept: boolean; reason: string | null; nowMs: number }): CaseChange {
  const resolution = r.resolution && { ...r.resolution, response: { accept: m.accept, reason: m.reason, atMs: m.nowMs } };
  return change(r, m.accept ? 'ACCEPT' : 'REJECT', { kind: 'user', openid: r.owner }, m.nowMs, { resolution }, [{ reason: m.reason }]);
}

/** Records the 12305 case number when the rules allow an appeal now; otherwise says why not. */
export function recordAppeal(r: ComplaintRecord, m: { caseNo: string; nowMs: number }): CaseChange {
  const verdict = appealEligibility({
    filedAtMs: r.filedAtMs,
    disputeAtMs: r.disputeAtMs ?? undefined,
    resolution: r.resolution,
    appeal: r.appeal,
    nowMs: m.nowMs,
  });
  if (!verdict.eligible) throw new AppError('NOT_ALLOWED_IN_STATE', verdict.reason);
  const appeal = { caseNo: m.caseNo, recordedAtMs: m.nowMs, ...appealAnswerWindow(m.nowMs) };
  return change(r, 'RECORD_APPEAL', { kind: 'user', openid: r.owner }, m.nowMs, { appeal }, [{ caseNo: m.caseNo, basis: verdict.code }]);
}

export function assignCase(r: ComplaintRecord, m: { by: string; assignee: string | null; nowMs: number }): CaseChange {
  return change(r, 'ASSIGN', { kind: 'staff', username: m.by }, m.nowMs, { assignee: m.assignee }, [{ assignee: m.assignee }]);
}

export function setTier(r: ComplaintRecord, m: { by: string; tier: Tier; reason: string; nowMs: number }): CaseChange {
  return change(r, 'SET_TIER', { kind: 'staff', username: m.by }, m.nowMs, { tier: m.tier, tierReasons: [`${m.by}：${m.reason}`] }, [
    { from: r.tier, to: m.tier, reason: m.reason },
  ]);
}

/** A staff member saw the user's full phone number: the case log keeps who and when. */
export function revealContact(r: ComplaintRecord, m: { by: string; nowMs: number }): CaseChange {
  return change(r, 'REVEAL_CONTACT', { kind: 'staff', username: m.by }, m.nowMs, {}, [{}]);
}

export function slaFactsOf(r: ComplaintRecord): SlaFacts {
  return {
    ...r.deadlines,
    firstRespondedAtMs: r.firstRespondedAtMs,
    resolvedAtMs: r.resolvedAtMs,
    breached: r.breaches.map((b) => b.kind),
  };
}

/** The SLA timer's step for one case: missed deadlines recorded once each; nothing for closed cases. */
export function markBreaches(r: ComplaintRecord, nowMs: number): CaseChange {
  const found = r.state === 'CLOSED' ? [] : newBreaches(slaFactsOf(r), nowMs);
  if (found.length === 0) return { record: r, entries: [] };
  const breaches = [...r.breaches, ...found.map((b) => ({ ...b, markedAtMs: nowMs }))];
  return change(
    r,
    'MARK_BREACH',
    { kind: 'system' },
    nowMs,
    { breaches },
    found.map((b) => ({ kind: b.kind, dueAt: toChinaIso(b.dueAtMs) })),
  );
}

/** The user was reminded that 12305's answer window ends soon: recorded once, so the timer does not remind again. */
export function markAppealReminded(r: ComplaintRecord, nowMs: number): CaseChange {
  if (!r.appeal || r.appeal.remindedAtMs !== undefined || r.state !== 'APPEALED') return { record: r, entries: [] };
  const appeal = { ...r.appeal, remindedAtMs: nowMs };
  return change(r, 'REMIND_APPEAL', { kind: 'system' }, nowMs, { appeal }, [
    { caseNo: r.appeal.caseNo, answerDue: toChinaIso(r.appeal.answerDueMs) },
  ]);
}

/**
 * When the SLA timer must look at the case next: the earliest deadline not met in time and not
 * yet marked, or the 12305 reminder; null when nothing is pending. Stored with the case, so the
 * timer reads only the cases that are due.
 */
export function nextWatchAt(r: ComplaintRecord): number | null {
  if (r.state === 'CLOSED') return null;
  const facts = slaFactsOf(r);
  const times = [
    { kind: 'FIRST_RESPONSE' as const, dueAtMs: facts.firstResponseDueMs, doneAtMs: facts.firstRespondedAtMs ?? facts.resolvedAtMs },
    { kind: 'RESOLUTION' as const, dueAtMs: facts.resolutionDueMs, doneAtMs: facts.resolvedAtMs },
  ]
    .filter((d) => !facts.breached.includes(d.kind) && (d.doneAtMs === null || d.doneAtMs > d.dueAtMs))
    .map((d) => d.dueAtMs);
  if (r.state === 'APPEALED' && r.appeal && r.appeal.remindedAtMs === undefined) times.push(r.appeal.remindAtMs);
  return times.length === 0 ? null : Math.min(...times);
}
