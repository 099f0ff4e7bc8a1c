/**
 * Lockout: after MAX_FAILURES failed logins within WINDOW, the account is locked for LOCK.
 * Pure: the caller keeps the attempts per username and passes the time in.
 */
export const LOCKOUT = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export interface LoginAttempts {
  /** Times of recent failures, oldest first. */
  failuresMs: number[];
  lockedUntilMs: number | null;
}

export const NO_ATTEMPTS: LoginAttempts = { failuresMs: [], lockedUntilMs: null };

export type LockStatus = { locked: false } | { locked: true; retryAfterMs: number; message: string };

export function lockStatus(attempts: LoginAttempts, nowMs: number): LockStatus {
  if (attempts.lockedUntilMs === null || attempts.lockedUntilMs <= nowMs) return { locked: false };
  const retryAfterMs = attempts.lockedUntilMs - nowMs;
  return { locked: true, retryAfterMs, message: `登录失败次数过多，请 ${Math.ceil(retryAfterMs / 60_000)} 分钟后再试` };
}

/** The attempts after one more failure: old failures fall out of the window; the fifth in it locks. */
export function recordFailure(attempts: LoginAttempts, nowMs: number, rule = LOCKOUT): LoginAttempts {
  const recent = [...attempts.failuresMs.filter((t) => nowMs - t < rule.windowMs), nowMs];
  if (recent.length >= rule.maxFailures) return { failuresMs: [], lockedUntilMs: nowMs + rule.lockMs };
  const stillLocked = attempts.lockedUntilMs !== null && attempts.lockedUntilMs > nowMs;
  return { failuresMs: recent, lockedUntilMs: stillLocked ? attempts.lockedUntilMs : null };
}

/** A good login clears the record. */
export function recordSuccess(): LoginAttempts {
  return NO_ATTEMPTS;
}

/** A password a new staff account may have; null when fine, else what is wrong, in Chinese. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 12) return '密码至少 12 位';
  if (password.length > 128) return '密码最多 128 位';
  if (new Set(password).size < 4) return '密码太简单了，请混用不同的字符';
  if (password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}
