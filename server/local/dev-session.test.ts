import { ManualClock } from '../adapters/system/system-clock';
import { SequentialIds } from '../adapters/system/random-ids';
import { DEV_SESSION, createDevSessions } from './dev-session';

const T0 = Date.parse('2026-11-23T09:00:00+08:00');

function setup() {
  const clock = new ManualClock(T0);
  const sessions = createDevSessions('a-secret-of-enough-length', new SequentialIds('abcdefgh'), clock);
  const issue = (key = '127.0.0.1', previous?: string) => {
    const reply = sessions.issue(key, previous);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.data;
  };
  return { clock, sessions, issue };
}

describe('dev sessions', () => {
  it('gives each login its own openid and accepts the token it issued', () => {
    const { sessions, issue } = setup();
    const a = issue();
    const b = issue();
    expect(a.openid).not.toBe(b.openid);
    expect(sessions.verify(a.token)).toEqual({ openid: a.openid });
  });

  it('a token lasts a day; the browser renews it into the same identity, not a new one', () => {
    const { clock, sessions, issue } = setup();
    const first = issue();
    clock.advance(DEV_SESSION.lifetimeMs - 1);
    expect(sessions.verify(first.token)).toEqual({ openid: first.openid });
    clock.advance(1);
    expect(sessions.verify(first.token)).toBeNull();
    const renewed = issue('127.0.0.1', first.token);
    expect(renewed.openid).toBe(first.openid);
    expect(sessions.verify(renewed.token)).toEqual({ openid: first.openid });
  });

  it('a token too long expired, or forged, renews into a new identity', () => {
    const { clock, issue } = setup();
    const first = issue();
    clock.advance(DEV_SESSION.lifetimeMs + DEV_SESSION.renewWithinMs);
    expect(issue('127.0.0.1', first.token).openid).not.toBe(first.openid);
    const forged = `${Buffer.from(JSON.stringify({ openid: 'dev_someoneelse1', exp: 9e15 })).toString('base64url')}.${first.token.split('.')[1]}`;
    expect(issue('127.0.0.1', forged).openid).not.toBe('dev_someoneelse1');
  });

  it(`minting new identities is limited to ${DEV_SESSION.mint.max} per address per window; renewals are not`, () => {
    const { clock, sessions, issue } = setup();
    const kept = issue('10.0.0.9');
    for (let i = 1; i < DEV_SESSION.mint.max; i += 1) issue('10.0.0.9');
    expect(sessions.issue('10.0.0.9')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(sessions.issue('10.0.0.9', kept.token)).toMatchObject({ ok: true, data: { openid: kept.openid } });
    expect(sessions.issue('10.0.0.10')).toMatchObject({ ok: true });
    clock.advance(DEV_SESSION.mint.windowMs);
    expect(sessions.issue('10.0.0.9')).toMatchObject({ ok: true });
  });

  it('rejects missing, swapped, foreign and malformed tokens without throwing', () => {
    const { sessions, issue, clock } = setup();
    const { token } = issue();
    expect(sessions.verify(undefined)).toBeNull();
    expect(sessions.verify('')).toBeNull();
    const swapped = `${Buffer.from(JSON.stringify({ openid: 'dev_someoneelse1', exp: T0 + 1000 })).toString('base64url')}.${token.split('.')[1]}`;
    expect(sessions.verify(swapped)).toBeNull();
    const other = createDevSessions('another-secret-of-length', new SequentialIds('zzzzzzzz'), clock).issue('x');
    expect(other.ok && sessions.verify(other.data.token)).toBeNull();
    for (const t of ['abc', 'a.b.c', '.', 'x.y', '%%%.###', 'x'.repeat(5000)]) expect(sessions.verify(t)).toBeNull();
  });

  it('refuses a short secret', () => {
    const { clock } = setup();
    expect(() => createDevSessions('short', new SequentialIds('a'), clock)).toThrow(/at least 16/);
  });
});
