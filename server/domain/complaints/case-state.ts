import { AppError } from '../app-error';
import type { ComplaintState } from '../../../types/complaints';

/** What can happen to a case; FILE creates it in OPEN. */
export const CASE_ACTIONS = [
  'FILE',
  'USER_MESSAGE',
  'STAFF_REPLY',
  'RESOLVE',
  'ACCEPT',
  'REJECT',
  'RECORD_APPEAL',
  'ASSIGN',
  'SET_TIER',
  'MARK_BREACH',
  'REMIND_APPEAL',
  'REVEAL_CONTACT',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Actions that change who works on the case, not where it stands: allowed while it is still open. */
const BOOKKEEPING: Partial<Record<CaseAction, 'same'>> = {
  ASSIGN: 'same',
  SET_TIER: 'same',
  MARK_BREACH: 'same',
  REMIND_APPEAL: 'same',
  REVEAL_CONTACT: 'same',
};
const TALK: Partial<Record<CaseAction, 'same'>> = { USER_MESSAGE: 'same', STAFF_REPLY: 'same' };

type Moves = Partial<Record<CaseAction, ComplaintState | 'same'>>;

/**
 * The case state machine. A staff reply moves OPEN to IN_PROGRESS; a resolution waits for the
 * user to accept (CLOSED) or reject (REJECTED, from where staff may resolve again or the user
 * may appeal); an appeal to 12305 keeps the case open until the user accepts a resolution.
 */
const TRANSITIONS: Record<ComplaintState, Moves> = {
  OPEN: { ...BOOKKEEPING, USER_MESSAGE: 'same', STAFF_REPLY: 'IN_PROGRESS', RESOLVE: 'RESOLVED', RECORD_APPEAL: 'APPEALED' },
  IN_PROGRESS: { ...BOOKKEEPING, ...TALK, RESOLVE: 'RESOLVED', RECORD_APPEAL: 'APPEALED' },
  RESOLVED: { ...BOOKKEEPING, ...TALK, RESOLVE: 'same', ACCEPT: 'CLOSED', REJECT: 'REJECTED' },
  REJECTED: { ...BOOKKEEPING, ...TALK, RESOLVE: 'RESOLVED', RECORD_APPEAL: 'APPEALED' },
  APPEALED: { ...BOOKKEEPING, ...TALK, RESOLVE: 'RESOLVED' },
  // Looking at the user's phone is logged even after the end: an audit entry, not a change.
  CLOSED: { REVEAL_CONTACT: 'same' },
};

const REFUSALS: Partial<Record<CaseAction, string>> = {
  ACCEPT: '现在没有待确认的处理结果',
  REJECT: '现在没有待确认的处理结果',
  RECORD_APPEAL: '这件投诉现在不能登记申诉',
  RESOLVE: '这件投诉已完结，不能再给出处理结果',
};

export function nextState(state: ComplaintState, action: CaseAction): ComplaintState | null {
  const move = TRANSITIONS[state][action];
  return move === undefined ? null : move === 'same' ? state : move;
}

/** The state after `action`, or NOT_ALLOWED_IN_STATE with a message the user or staff can act on. */
export function transition(state: ComplaintState, action: CaseAction): ComplaintState {
  const next = nextState(state, action);
  if (next) return next;
  const message = state === 'CLOSED' ? '这件投诉已完结' : REFUSALS[action];
  throw new AppError('NOT_ALLOWED_IN_STATE', message);
}
