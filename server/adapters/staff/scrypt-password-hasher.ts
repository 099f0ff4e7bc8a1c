import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from '../../ports/password-hasher';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  r: number;
  p: number;
}

/**
 * N = 2^15, r = 8, p = 3: one of the equal-strength scrypt settings in the OWASP Password
 * Storage Cheat Sheet (32 MiB per hash, about 0.75 s on the 2-core dev machine), chosen over
 * 2^17/8/1 (128 MiB) to stay light in a 256 MB cloud function.
 */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 3 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** ln, r, p, maxmem: 2 * 128 * 2 ** ln * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** PHC string format: $scrypt$ln=15,r=8,p=3$<salt>$<hash>, both base64 without padding. */
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function parse(encoded: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = PHC.exec(encoded);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.ln > 20 || params.r < 1 || params.p < 1 || params.p > 16) return null;
  return { params, salt: Buffer.from(m[4], 'base64'), key: Buffer.from(m[5], 'base64') };
}

const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '');

export function createScryptHasher(params: ScryptParams = DEFAULT_SCRYPT): PasswordHasher {
  const encode = (salt: Buffer, key: Buffer) => `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
  // Checked against when the account does not exist, so that answer takes as long as a wrong password.
  let decoy: Promise<string> | null = null;

  const hasher: PasswordHasher = {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      return encode(salt, await derive(password, salt, params));
    },
    async verify(password, encoded) {
      decoy ??= hasher.hash(randomBytes(12).toString('hex'));
      const stored = parse(encoded ?? (await decoy));
      if (!stored) return false;
      const key = await derive(password, stored.salt, stored.params);
      return key.length === stored.key.length && timingSafeEqual(key, stored.key) && encoded !== null;
    },
    needsRehash(encoded) {
      const stored = parse(encoded);
      return !stored || stored.params.ln < params.ln || stored.params.r < params.r || stored.params.p < params.p;
    },
  };
  return hasher;
}
