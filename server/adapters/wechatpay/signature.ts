import { createPublicKey, createSign, createVerify, X509Certificate, type KeyLike, type KeyObject } from 'node:crypto';

/** What WeChat Pay signs in a response or a notification: three lines, each ending in \n (docs/reference/wechat-pay.md §2). */
export function responseMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/** What a merchant signs in a request: method, path with query, timestamp, nonce, body (empty for GET). */
export function requestMessage(method: string, pathWithQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

/** SHA256 with RSA, base64: the one signature scheme of API v3. */
export function signSha256Rsa(message: string, privateKey: KeyLike): string {
  return createSign('RSA-SHA256').update(message, 'utf8').sign(privateKey, 'base64');
}

export function verifySha256Rsa(message: string, signatureBase64: string, publicKey: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(message, 'utf8').verify(publicKey, signatureBase64, 'base64');
  } catch {
    return false;
  }
}

/** Public-key mode ids look like PUB_KEY_ID_0114…; anything else in Wechatpay-Serial is a certificate serial. */
export function isPublicKeyId(id: string): boolean {
  return id.startsWith('PUB_KEY_ID_');
}

/** The keys that may sign what WeChat Pay sends us, by Wechatpay-Serial value. Both modes may be held at once while a merchant switches. */
export type PlatformKeys = ReadonlyMap<string, KeyObject>;

export function platformKeys(input: { publicKeys?: { id: string; pem: string }[]; certificates?: string[] }): PlatformKeys {
  const keys = new Map<string, KeyObject>();
  for (const { id, pem } of input.publicKeys ?? []) {
    if (!isPublicKeyId(id)) throw new Error(`WeChat Pay public key id must start with PUB_KEY_ID_: ${id}`);
    keys.set(id, createPublicKey(pem));
  }
  for (const pem of input.certificates ?? []) {
    const cert = new X509Certificate(pem);
    keys.set(cert.serialNumber.toUpperCase(), cert.publicKey);
  }
  return keys;
}
