import type { ComplaintState, ComplaintType, EvidenceCheck, Remedy, SlaKind, Tier } from '../../../types/complaints';
import type { LogHead } from './case-log';
import type { SlaDeadlines } from './sla-rules';

export type CaseEvidence = EvidenceCheck & { fileId: string };

export interface CaseMessage {
  id: string;
  from: 'USER' | 'STAFF';
  text: string;
  atMs: number;
  /** fileIds, found in the case's `evidence`. */
  evidence: string[];
  /** The staff username for staff messages. */
  by: string | null;
}

/** A complaint as stored: everything the views, the SLA timer and the 12305 appeal need. */
export interface ComplaintRecord {
  id: string;
  /** The filer's openid: only they (and staff) see the case. */
  owner: string;
  waybillNo: string;
  carrier: string | null;
  carrierName: string | null;
  type: ComplaintType;
  description: string;
  remedy: Remedy;
  insured: { declaredValueFen: number } | null;
  contactPhone: string;
  state: ComplaintState;
  tier: Tier;
  tierReasons: string[];
  assignee: string | null;
  filedAtMs: number;
  updatedAtMs: number;
  /** When the dispute arose, if known (the one-year appeal limit runs from it). */
  disputeAtMs: number | null;
  repeatOf: string | null;
  deadlines: SlaDeadlines;
  firstRespondedAtMs: number | null;
  resolvedAtMs: number | null;
  breaches: { kind: SlaKind; dueAtMs: number; markedAtMs: number }[];
  messages: CaseMessage[];
  evidence: CaseEvidence[];
  resolution: {
    text: string;
    remedy: Remedy;
    atMs: number;
    by: string;
    response: { accept: boolean; reason: string | null; atMs: number } | null;
  } | null;
  appeal: {
    caseNo: string;
    recordedAtMs: number;
    answerDueMs: number;
    remindAtMs: number;
    /** When the user was reminded that 12305's answer is due; absent until then. */
    remindedAtMs?: number;
  } | null;
  /** Figures staff may add for a sharper compensation estimate. */
  postageFen: number | null;
  itemValueFen: number | null;
  logHead: LogHead;
}
