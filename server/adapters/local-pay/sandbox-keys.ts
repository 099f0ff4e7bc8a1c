import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sandbox's stand-ins for what WeChat Pay and the merchant each hold. */
export interface SandboxKeys {
  /** Signs notifications and answers, as WeChat Pay's platform key does (public-key mode). */
  platformPrivateKey: string;
  platformPublicKey: string;
  publicKeyId: string;
  /** Signs the requestPayment parameters, as the merchant's apiclient_key.pem does. */
  merchantPrivateKey: string;
  /** 32 characters, as in the merchant platform. */
  apiV3Key: string;
}

const FILE = 'pay-sandbox.json';

/** Made once into the data folder and kept, so notifications stay verifiable across restarts. */
export function loadOrCreateSandboxKeys(dataDir: string): SandboxKeys {
  const file = join(dataDir, FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SandboxKeys;
  const pair = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
  const [platform, merchant] = [pair(), pair()];
  const keys: SandboxKeys = {
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
    publicKeyId: `PUB_KEY_ID_0100${Array.from({ length: 28 }, () => randomInt(10)).join('')}`,
    merchantPrivateKey: merchant.privateKey,
    apiV3Key: randomBytes(24).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
