import { maskMobile } from '../tracking/mask-phone';
import type { Complaint, Evidence } from '../../../types/complaints';
import type { StaffComplaint } from '../../../types/staff';
import { appealClosesAt, appealEligibility, appealOpensAt } from './appeal-rules';
import { prepareAppealText } from './appeal-text';
import { toChinaIso } from './china-time';
import { estimateCompensation } from './compensation-rules';
import { slaFactsOf } from './complaint-case';
import type { CaseEvidence, ComplaintRecord } from './complaint-record';
import { nextDue } from './sla-rules';

const iso = (ms: number | null) => (ms === null ? null : toChinaIso(ms));

/** fileId → a short-lived link made for this answer; files without one show `url: null`. */
export type EvidenceLinks = ReadonlyMap<string, string>;

function evidenceView(e: CaseEvidence, links: EvidenceLinks): Evidence {
  const { fileId, kind, mime, bytes, durationS, sha256 } = e;
  return { fileId, kind, mime, bytes, durationS, sha256, url: links.get(fileId) ?? null };
}

export function compensationOf(r: ComplaintRecord) {
  return estimateCompensation({
    type: r.type,
    carrier: r.carrier,
    insuredValueFen: r.insured?.declaredValueFen ?? null,
    claimedFen: r.remedy.kind === 'COMPENSATION' ? (r.remedy.amountFen ?? null) : null,
    postageFen: r.postageFen,
    itemValueFen: r.itemValueFen,
  });
}

/** The case as its owner sees it (the `complaint` of every answer about a case). */
export function complaintView(r: ComplaintRecord, links: EvidenceLinks = new Map()): Complaint {
  const byId = new Map(r.evidence.map((e) => [e.fileId, e]));
  return {
    id: r.id,
    waybillNo: r.waybillNo,
    carrier: r.carrier,
    carrierName: r.carrierName,
    type: r.type,
    description: r.description,
    remedy: r.remedy,
    insured: r.insured,
    contactPhone: r.contactPhone,
    state: r.state,
    tier: r.tier,
    deadlines: {
      firstResponseDue: toChinaIso(r.deadlines.firstResponseDueMs),
      resolutionDue: toChinaIso(r.deadlines.resolutionDueMs),
      firstRespondedAt: iso(r.firstRespondedAtMs),
      resolvedAt: iso(r.resolvedAtMs),
      appealOpensAt: toChinaIso(appealOpensAt(r.filedAtMs)),
      appealClosesAt: toChinaIso(appealClosesAt({ filedAtMs: r.filedAtMs, disputeAtMs: r.disputeAtMs ?? undefined })),
    },
    breaches: r.breaches.map((b) => ({ kind: b.kind, dueAt: toChinaIso(b.dueAtMs), markedAt: toChinaIso(b.markedAtMs) })),
    messages: r.messages.map((m) => ({
      id: m.id,
      from: m.from,
      text: m.text,
      at: toChinaIso(m.atMs),
      evidence: m.evidence.flatMap((id) => (byId.has(id) ? [evidenceView(byId.get(id)!, links)] : [])),
    })),
    evidence: r.evidence.map((e) => evidenceView(e, links)),
    resolution: r.resolution && {
      text: r.resolution.text,
      remedy: r.resolution.remedy,
      at: toChinaIso(r.resolution.atMs),
      response: r.resolution.response && { ...r.resolution.response, at: toChinaIso(r.resolution.response.atMs) },
    },
    compensation: compensationOf(r),
    appeal: r.appeal && {
      caseNo: r.appeal.caseNo,
      recordedAt: toChinaIso(r.appeal.recordedAtMs),
      answerDue: toChinaIso(r.appeal.answerDueMs),
    },
    repeatOf: r.repeatOf,
    filedAt: toChinaIso(r.filedAtMs),
    updatedAt: toChinaIso(r.updatedAtMs),
    logHead: r.logHead,
  };
}

/**
 * The case as staff see it: the user's phone masked as e-waybills mask it; the full number only
 * through `staffRevealContact`, which the case log records.
 */
export function staffComplaintView(r: ComplaintRecord, links: EvidenceLinks = new Map()): StaffComplaint {
  return { ...complaintView(r, links), contactPhone: maskMobile(r.contactPhone), assignee: r.assignee };
}

export function summaryView(r: ComplaintRecord) {
  const { id, waybillNo, carrierName, type, state, tier, deadlines, filedAt, updatedAt } = complaintView(r);
  return { id, waybillNo, carrierName, type, state, tier, deadlines, filedAt, updatedAt };
}

/** A row of the staff queue: the nearest open deadline and whether one was missed. */
export function queueItemView(r: ComplaintRecord) {
  const due = r.state === 'CLOSED' ? null : nextDue(slaFactsOf(r));
  return {
    id: r.id,
    waybillNo: r.waybillNo,
    carrierName: r.carrierName,
    type: r.type,
    tier: r.tier,
    state: r.state,
    assignee: r.assignee,
    filedAt: toChinaIso(r.filedAtMs),
    nextDue: due && { kind: due.kind, at: toChinaIso(due.dueAtMs) },
    breached: r.breaches.length > 0,
  };
}

/** The answer of prepareAppeal: whether, why, from when, and the prepared text and fields. */
export function appealPreparation(r: ComplaintRecord, nowMs: number) {
  const verdict = appealEligibility({
    filedAtMs: r.filedAtMs,
    disputeAtMs: r.disputeAtMs ?? undefined,
    resolution: r.resolution,
    appeal: r.appeal,
    nowMs,
  });
  const { text, fields } = prepareAppealText({
    waybillNo: r.waybillNo,
    carrierName: r.carrierName,
    type: r.type,
    description: r.description,
    remedy: r.remedy,
    contactPhone: r.contactPhone,
    filedAtMs: r.filedAtMs,
    // The first message is the complaint itself, already in the content.
    history: r.messages.slice(1).map((m) => ({ atMs: m.atMs, from: m.from, text: m.text })),
    resolution: r.resolution,
    evidence: r.evidence,
    logHead: r.logHead,
    nowMs,
  });
  return {
    eligible: verdict.eligible,
    reason: verdict.reason,
    reasonCode: verdict.code,
    ...(!verdict.eligible && verdict.availableFromMs !== undefined ? { availableFrom: toChinaIso(verdict.availableFromMs) } : {}),
    text,
    fields,
  };
}
