import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Local file links: `<base>/<fileId>?exp=<ms>&sig=<hmac>`, signed with a key the local runtime
 * passes in. The route that serves them checks the signature and the expiry before reading.
 */
export interface LinkSigner {
  sign(fileId: string, expiresAtMs: number): string;
  verify(fileId: string, exp: string | null, sig: string | null, nowMs: number): boolean;
}

export function createLinkSigner(key: string, baseUrl: string): LinkSigner {
  if (key.length < 16) throw new Error('file link key must be at least 16 characters');
  const mac = (fileId: string, exp: string) => createHmac('sha256', key).update(`file-link/v1\n${fileId}\n${exp}`).digest('base64url');
  return {
    sign(fileId, expiresAtMs) {
      const exp = String(expiresAtMs);
      return `${baseUrl}/${encodeURIComponent(fileId)}?exp=${exp}&sig=${mac(fileId, exp)}`;
    },
    verify(fileId, exp, sig, nowMs) {
      if (!exp || !sig || !/^\d{1,15}$/.test(exp) || Number(exp) < nowMs) return false;
      const expected = Buffer.from(mac(fileId, exp));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
