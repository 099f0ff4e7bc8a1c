import type { APPEAL_REASON_CODES } from '../../../types/complaints';
import { addChinaYear, DAY_MS, toChinaText } from './china-time';

/** The company has 7 days to handle a complaint before the user may appeal (docs/reference/complaints.md §1). */
export const COMPANY_ANSWER_DAYS = 7;
/** 12305 answers within 30 days of receiving the appeal (docs/reference/complaints.md §1). */
export const APPEAL_ANSWER_DAYS = 30;
/** We remind the user this long before the 12305 answer window ends. */
export const APPEAL_REMINDER_DAYS = 3;

export type AppealReasonCode = (typeof APPEAL_REASON_CODES)[number];

export interface AppealFacts {
  filedAtMs: number;
  /** When the dispute arose (posting or the event); the one-year limit runs from it. Defaults to filing. */
  disputeAtMs?: number;
  resolution: { atMs: number; response: { accept: boolean } | null } | null;
  appeal: { caseNo: string } | null;
  nowMs: number;
}

export type AppealVerdict =
  | { eligible: true; code: AppealReasonCode; reason: string; closesAtMs: number }
  | { eligible: false; code: AppealReasonCode; reason: string; availableFromMs?: number };

export function appealOpensAt(filedAtMs: number): number {
  return filedAtMs + COMPANY_ANSWER_DAYS * DAY_MS;
}

export function appealClosesAt(facts: Pick<AppealFacts, 'filedAtMs' | 'disputeAtMs'>): number {
  return addChinaYear(facts.disputeAtMs ?? facts.filedAtMs);
}

/**
 * Whether the user may appeal to 12305 now (先投诉后申诉): after 7 days without a resolution,
 * or once they rejected the resolution; within a year of the dispute; once per matter.
 */
export function appealEligibility(facts: AppealFacts): AppealVerdict {
  const opensAtMs = appealOpensAt(facts.filedAtMs);
  const closesAtMs = appealClosesAt(facts);
  const { resolution } = facts;

  if (facts.appeal) {
    return { eligible: false, code: 'ALREADY_APPEALED', reason: `已向 12305 申诉（编号 ${facts.appeal.caseNo}），同一事项不能重复申诉` };
  }
  if (facts.nowMs > closesAtMs) {
    return {
      eligible: false,
      code: 'EXPIRED',
      reason: `申诉期限已过（${toChinaText(closesAtMs)} 截止，自纠纷发生起一年内），12305 不再受理`,
    };
  }
  if (resolution?.response?.accept) {
    return { eligible: false, code: 'ACCEPTED', reason: '您已接受快递公司的处理结果，这件投诉已完结' };
  }
  if (resolution?.response && !resolution.response.accept) {
    return { eligible: true, code: 'RESOLUTION_REJECTED', reason: '您不接受快递公司的处理结果，可以向 12305 申诉', closesAtMs };
  }
  const answeredInTime = resolution !== null && resolution.atMs <= opensAtMs;
  if (answeredInTime) {
    return { eligible: false, code: 'AWAITING_RESPONSE', reason: '快递公司已给出处理结果，请先确认是否接受；不接受即可申诉' };
  }
  if (facts.nowMs >= opensAtMs) {
    return { eligible: true, code: 'NO_ANSWER_IN_7_DAYS', reason: '快递公司 7 天内没有给出处理结果，您可以向 12305 申诉', closesAtMs };
  }
  return {
    eligible: false,
    code: 'TOO_EARLY',
    reason: `请先给快递公司 7 天处理时间：到 ${toChinaText(opensAtMs)} 仍没有处理结果，就可以向 12305 申诉`,
    availableFromMs: opensAtMs,
  };
}

/** The 12305 answer window of a recorded appeal and when to remind the user of its end. */
export function appealAnswerWindow(recordedAtMs: number): { answerDueMs: number; remindAtMs: number } {
  const answerDueMs = recordedAtMs + APPEAL_ANSWER_DAYS * DAY_MS;
  return { answerDueMs, remindAtMs: answerDueMs - APPEAL_REMINDER_DAYS * DAY_MS };
}
