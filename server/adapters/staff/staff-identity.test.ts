import { createDevSessions } from '../../local/dev-session';
import { ManualClock } from '../system/system-clock';
import { SequentialIds } from '../system/random-ids';
import { createScryptHasher, DEFAULT_SCRYPT } from './scrypt-password-hasher';
import { createStaffTokens, STAFF_TOKEN_TTL_MS } from './staff-tokens';

/** Cheap parameters for behaviour tests; one test runs the real ones. */
const fast = createScryptHasher({ ln: 10, r: 8, p: 1 });

describe('scrypt password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const encoded = await fast.hash('correct horse battery');
    await expect(fast.verify('correct horse battery', encoded)).resolves.toBe(true);
    await expect(fast.verify('correct horse batterY', encoded)).resolves.toBe(false);
  });

  it('salts every hash, so the same password never hashes the same', async () => {
    expect(await fast.hash('same password 1')).not.toBe(await fast.hash('same password 1'));
  });

  it('states its parameters in the hash: N = 2^15, r = 8, p = 3 by default', async () => {
    const encoded = await createScryptHasher().hash('a real staff password');
    expect(encoded).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(DEFAULT_SCRYPT).toEqual({ ln: 15, r: 8, p: 3 });
  });

  it('answers false for an account that does not exist, after doing the same work', async () => {
    await expect(fast.verify('anything at all', null)).resolves.toBe(false);
  });

  it('refuses a malformed or tampered hash without throwing', async () => {
    const encoded = await fast.hash('correct horse battery');
    await expect(fast.verify('correct horse battery', 'plain-text')).resolves.toBe(false);
    await expect(fast.verify('correct horse battery', encoded.replace('ln=10', 'ln=11'))).resolves.toBe(false);
  });

  it('asks for a rehash of hashes made with weaker parameters', async () => {
    const weak = await fast.hash('correct horse battery');
    expect(createScryptHasher().needsRehash(weak)).toBe(true);
    expect(fast.needsRehash(weak)).toBe(false);
  });
});

describe('staff tokens', () => {
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00+08:00'));
  const tokens = createStaffTokens('a-staff-token-secret-of-32-chars!!', clock);

  it('carry the username and role until they expire after a shift', () => {
    const { token, expiresAtMs } = tokens.issue({ username: 'lina', role: 'supervisor' });
    expect(expiresAtMs).toBe(clock.now() + STAFF_TOKEN_TTL_MS);
    expect(tokens.verify(token)).toEqual({ username: 'lina', role: 'supervisor' });
    const later = createStaffTokens('a-staff-token-secret-of-32-chars!!', new ManualClock(expiresAtMs));
    expect(later.verify(token)).toBeNull();
  });

  it('refuse a token whose role was raised from agent to supervisor', () => {
    const { token } = tokens.issue({ username: 'wang', role: 'agent' });
    const [prefix, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, role: 'supervisor' })).toString('base64url');
    expect(tokens.verify(`${prefix}.${raised}.${signature}`)).toBeNull();
  });

  it('refuse a token signed with another secret, and junk', () => {
    const other = createStaffTokens('another-staff-secret-of-32-chars!!', clock);
    expect(tokens.verify(other.issue({ username: 'lina', role: 'agent' }).token)).toBeNull();
    for (const junk of [undefined, '', 'pmstaff1', 'pmstaff1..', 'a.b.c.d', 'pmstaff1.%%%.###']) expect(tokens.verify(junk)).toBeNull();
  });

  it('cannot be confused with a user dev-session token, either way', () => {
    const secret = 'a-staff-token-secret-of-32-chars!!';
    const userSessions = createDevSessions(secret, new SequentialIds('abcdefgh'), clock);
    const staffTokens = createStaffTokens(secret, clock);
    const user = userSessions.issue('127.0.0.1');
    expect(user.ok && staffTokens.verify(user.data.token)).toBeNull();
    expect(userSessions.verify(staffTokens.issue({ username: 'lina', role: 'supervisor' }).token)).toBeNull();
  });

  it('refuse a short secret', () => {
    expect(() => createStaffTokens('short', clock)).toThrow('at least 32');
  });
});
