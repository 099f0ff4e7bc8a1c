import { createDevSessions } from './dev-session';

const ids = {
  next: (() => {
    let n = 0;
    return () => `abcdefgh${n++}`;
  })(),
};

describe('dev sessions', () => {
  const sessions = createDevSessions('a-secret-of-enough-length', ids);

  it('gives each login its own openid and accepts the token it issued', () => {
    const a = sessions.issue();
    const b = sessions.issue();
    expect(a.openid).not.toBe(b.openid);
    expect(sessions.verify(a.token)).toEqual({ openid: a.openid });
  });

  it('rejects a missing token', () => {
    expect(sessions.verify(undefined)).toBeNull();
    expect(sessions.verify('')).toBeNull();
  });

  it('rejects a token whose payload was swapped for another openid', () => {
    const { token } = sessions.issue();
    const forged = `${Buffer.from(JSON.stringify({ openid: 'dev_someoneelse1' })).toString('base64url')}.${token.split('.')[1]}`;
    expect(sessions.verify(forged)).toBeNull();
  });

  it('rejects a token signed with another secret', () => {
    const other = createDevSessions('another-secret-of-length', ids);
    expect(sessions.verify(other.issue().token)).toBeNull();
  });

  it('rejects malformed tokens without throwing', () => {
    for (const t of ['abc', 'a.b.c', '.', 'x.y', '%%%.###']) expect(sessions.verify(t)).toBeNull();
  });

  it('refuses a short secret', () => {
    expect(() => createDevSessions('short', ids)).toThrow(/at least 16/);
  });
});
