import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Envelope } from '../../types/envelope';
import type { Caller } from '../ports/caller';
import type { Clock } from '../ports/clock';
import type { Ids } from '../ports/ids';

/**
 * The local stand-in for WeChat's login: each browser gets its own openid inside an
 * HMAC-signed token that lasts a day. A browser that comes back with its old token keeps its
 * openid (as WeChat keeps a user's OPENID); a missing, malformed, forged or expired token yields
 * no caller. Minting new identities is limited per client address.
 */
export interface DevSessions {
  issue(clientKey: string, previousToken?: unknown): Envelope<{ token: string; openid: string; expiresAt: string }>;
  verify(token: string | undefined): Caller | null;
}

export const DEV_SESSION = {
  lifetimeMs: 24 * 3600_000,
  /** An expired token still renews into the same identity this long after it expired. */
  renewWithinMs: 30 * 24 * 3600_000,
  /** New identities per client address per window. */
  mint: { max: 30, windowMs: 10 * 60_000 },
} as const;

const OPENID = /^dev_[A-Za-z0-9_-]{8,64}$/;

interface Payload {
  openid: string;
  exp: number;
}

export function createDevSessions(secret: string, ids: Ids, clock: Clock): DevSessions {
  if (secret.length < 16) throw new Error('dev session secret must be at least 16 characters');
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  const minted = new Map<string, { windowStart: number; count: number }>();

  /** The payload of a token we signed, expired or not. */
  function read(token: unknown): Payload | null {
    if (typeof token !== 'string' || token.length > 512) return null;
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { openid, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Payload>;
      return typeof openid === 'string' && OPENID.test(openid) && typeof exp === 'number' ? { openid, exp } : null;
    } catch {
      return null;
    }
  }

  function mintAllowed(clientKey: string, now: number): boolean {
    const { max, windowMs } = DEV_SESSION.mint;
    const entry = minted.get(clientKey);
    if (!entry || now - entry.windowStart >= windowMs) {
      if (minted.size > 10_000) minted.clear(); // bounded memory under address churn
      minted.set(clientKey, { windowStart: now, count: 1 });
      return true;
    }
    entry.count += 1;
    return entry.count <= max;
  }

  return {
    issue(clientKey, previousToken) {
      const now = clock.now();
      const previous = read(previousToken);
      const renewing = previous !== null && now < previous.exp + DEV_SESSION.renewWithinMs;
      if (!renewing && !mintAllowed(clientKey, now)) {
        return { ok: false, error: { code: 'RATE_LIMITED', message: '登录太频繁了，请稍后再试' } };
      }
      const openid = renewing ? previous.openid : `dev_${ids.next()}`;
      const exp = now + DEV_SESSION.lifetimeMs;
      const payload = Buffer.from(JSON.stringify({ openid, exp })).toString('base64url');
      return { ok: true, data: { token: `${payload}.${sign(payload)}`, openid, expiresAt: new Date(exp).toISOString() } };
    },
    verify(token) {
      const payload = read(token);
      return payload && clock.now() < payload.exp ? { openid: payload.openid } : null;
    },
  };
}
