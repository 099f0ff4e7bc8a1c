import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from '../ports/caller';
import type { Ids } from '../ports/ids';

/**
 * The local stand-in for WeChat's login: each browser gets its own openid inside an
 * HMAC-signed token. A missing, malformed or forged token yields no caller.
 */
export interface DevSessions {
  issue(): { token: string; openid: string };
  verify(token: string | undefined): Caller | null;
}

const OPENID = /^dev_[A-Za-z0-9_-]{8,64}$/;

export function createDevSessions(secret: string, ids: Ids): DevSessions {
  if (secret.length < 16) throw new Error('dev session secret must be at least 16 characters');
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

  return {
    issue() {
      const openid = `dev_${ids.next()}`;
      const payload = Buffer.from(JSON.stringify({ openid })).toString('base64url');
      return { token: `${payload}.${sign(payload)}`, openid };
    },
    verify(token) {
      if (!token) return null;
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const { openid } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { openid?: unknown };
        return typeof openid === 'string' && OPENID.test(openid) ? { openid } : null;
      } catch {
        return null;
      }
    },
  };
}
