import { LOCKOUT, lockStatus, NO_ATTEMPTS, passwordProblem, recordFailure, recordSuccess, type LoginAttempts } from './login-rules';

const t0 = Date.parse('2026-11-23T09:00:00+08:00');
const MIN = 60_000;
const fail = (times: number[]) => times.reduce<LoginAttempts>((a, t) => recordFailure(a, t), NO_ATTEMPTS);

describe('login lockout', () => {
  it('four failures in the window do not lock', () => {
    expect(lockStatus(fail([t0, t0 + MIN, t0 + 2 * MIN, t0 + 3 * MIN]), t0 + 4 * MIN)).toEqual({ locked: false });
  });

  it('the fifth failure within 15 minutes locks the account for 15 minutes', () => {
    const attempts = fail([t0, t0 + MIN, t0 + 2 * MIN, t0 + 3 * MIN, t0 + 4 * MIN]);
    expect(lockStatus(attempts, t0 + 5 * MIN)).toEqual({
      locked: true,
      retryAfterMs: 14 * MIN,
      message: '登录失败次数过多，请 14 分钟后再试',
    });
    expect(lockStatus(attempts, t0 + 4 * MIN + LOCKOUT.lockMs)).toEqual({ locked: false });
  });

  it('failures spread beyond the window do not add up', () => {
    const spread = fail([t0, t0 + 10 * MIN, t0 + 20 * MIN, t0 + 30 * MIN, t0 + 40 * MIN]);
    expect(lockStatus(spread, t0 + 41 * MIN).locked).toBe(false);
  });

  it('a good login clears the count', () => {
    const before = fail([t0, t0 + MIN, t0 + 2 * MIN, t0 + 3 * MIN]);
    expect(before.failuresMs).toHaveLength(4);
    expect(recordFailure(recordSuccess(), t0 + 4 * MIN).failuresMs).toHaveLength(1);
  });
});

describe('staff password rule', () => {
  it.each([
    ['short1', '密码至少 12 位'],
    ['aaaaaaaaaaaaaaa', '密码太简单了，请混用不同的字符'],
    ['lina-password-2026', '密码不能包含用户名'],
  ])('refuses %s', (password, message) => {
    expect(passwordProblem(password, 'lina')).toBe(message);
  });

  it('accepts a long, varied password', () => {
    expect(passwordProblem('月光-Harbor-42-river', 'lina')).toBeNull();
  });
});
