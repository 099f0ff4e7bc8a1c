const DAY = 86_400_000;
/** Wrong phone tails allowed per user and parcel within a day; the fifth locks for a day. */
export const MAX_WRONG_TRIES = 5;
export const LOCK_MS = DAY;

export interface ProofInput {
  /** The four digits the user typed. */
  given: string;
  /** Tails we know belong to the sender or receiver: from the carrier's answer, or the tail the parcel was looked up with. */
  knownTails: string[];
  /** The carrier judged the tail itself (SF and ZTO answer a query only with a right one); absent when it was not asked. */
  carrierCheck?: 'ACCEPTED' | 'REFUSED';
  /** When this user typed a wrong tail for this parcel before (any order). */
  wrongTriesMs: number[];
  nowMs: number;
}

export type ProofVerdict =
  | { result: 'LOCKED'; lockedUntilMs: number }
  | { result: 'MATCHED' }
  /** We hold no tail to compare with: accepted, and staff or the carrier check it when executing. */
  | { result: 'UNVERIFIED' }
  | { result: 'WRONG'; triesLeft: number; lockedUntilMs: number | null };

/** When the five most recent wrong tries fell within a day, the lock runs a day from the fifth. */
export function proofLockedUntil(wrongTriesMs: number[], nowMs: number): number | null {
  const recent = [...wrongTriesMs].sort((a, b) => a - b).slice(-MAX_WRONG_TRIES);
  if (recent.length < MAX_WRONG_TRIES) return null;
  const fifth = recent[recent.length - 1];
  if (fifth - recent[0] > DAY) return null;
  return nowMs < fifth + LOCK_MS ? fifth + LOCK_MS : null;
}

/** The proof-of-right decision. A wrong answer is to be recorded by the caller at `nowMs`. */
export function checkProofOfRight(input: ProofInput): ProofVerdict {
  const lockedUntil = proofLockedUntil(input.wrongTriesMs, input.nowMs);
  if (lockedUntil !== null) return { result: 'LOCKED', lockedUntilMs: lockedUntil };
  const known = input.knownTails.filter((t) => /^\d{4}$/.test(t));
  if (input.carrierCheck === 'ACCEPTED' || known.includes(input.given)) return { result: 'MATCHED' };
  if (input.carrierCheck !== 'REFUSED' && known.length === 0) return { result: 'UNVERIFIED' };
  const withThis = [...input.wrongTriesMs, input.nowMs];
  const lockNow = proofLockedUntil(withThis, input.nowMs);
  const inLastDay = withThis.filter((t) => input.nowMs - t < DAY).length;
  return { result: 'WRONG', triesLeft: lockNow === null ? Math.max(0, MAX_WRONG_TRIES - inLastDay) : 0, lockedUntilMs: lockNow };
}

/** The Chinese message for a wrong or locked proof. */
export function proofMessage(verdict: ProofVerdict, formatTime: (ms: number) => string): string | null {
  if (verdict.result === 'LOCKED') return `手机号后四位错误次数过多，请于 ${formatTime(verdict.lockedUntilMs)} 后再试`;
  if (verdict.result !== 'WRONG') return null;
  if (verdict.lockedUntilMs !== null) return `手机号后四位错误次数过多，请于 ${formatTime(verdict.lockedUntilMs)} 后再试`;
  return `手机号后四位不对，还可以再试 ${verdict.triesLeft} 次`;
}
