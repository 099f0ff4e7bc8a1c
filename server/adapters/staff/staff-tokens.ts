import { createHmac, timingSafeEqual } from 'node:crypto';
import { staffRoleSchema } from '../../../types/staff';
import type { Clock } from '../../ports/clock';
import type { StaffTokens } from '../../ports/staff-tokens';

/** A work shift: staff sign in again each day. */
export const STAFF_TOKEN_TTL_MS = 8 * 3_600_000;
const PREFIX = 'pmstaff1';
/** Signed under its own label, so no other token made with the same key can pass for a staff token. */
const LABEL = 'parcelmate/staff-token/v1\n';
const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;

/**
 * Staff tokens: `pmstaff1.<payload>.<signature>`, payload `{typ:"staff", sub, role, exp}` in
 * base64url, HMAC-SHA256 over the label and payload. A user's dev-session token has two parts
 * and no prefix, so neither verifier accepts the other's tokens.
 */
export function createStaffTokens(secret: string, clock: Clock, ttlMs = STAFF_TOKEN_TTL_MS): StaffTokens {
  if (secret.length < 32) throw new Error('staff token secret must be at least 32 characters');
  const sign = (payload: string) =>
    createHmac('sha256', secret)
      .update(LABEL + payload)
      .digest('base64url');

  return {
    issue({ username, role }) {
      const expiresAtMs = clock.now() + ttlMs;
      const payload = Buffer.from(JSON.stringify({ typ: 'staff', sub: username, role, exp: expiresAtMs })).toString('base64url');
      return { token: `${PREFIX}.${payload}.${sign(payload)}`, expiresAtMs };
    },
    verify(token) {
      const [prefix, payload, signature, extra] = token?.split('.') ?? [];
      if (prefix !== PREFIX || !payload || !signature || extra !== undefined) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
        const role = staffRoleSchema.safeParse(claims.role);
        const valid = claims.typ === 'staff' && typeof claims.sub === 'string' && USERNAME.test(claims.sub) && role.success;
        if (!valid || typeof claims.exp !== 'number' || claims.exp <= clock.now()) return null;
        return { username: claims.sub as string, role: role.data };
      } catch {
        return null;
      }
    },
  };
}
