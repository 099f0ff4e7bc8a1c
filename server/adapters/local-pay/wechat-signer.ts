import { randomBytes, type KeyLike } from 'node:crypto';
import { encryptResource } from '../wechatpay/resource-cipher';
import { responseMessage, signSha256Rsa } from '../wechatpay/signature';

/** What WeChat Pay holds to sign: its private key and the id we know the public half by. */
export interface PlatformSigner {
  privateKey: KeyLike;
  /** PUB_KEY_ID_… (public-key mode) or a platform certificate serial. */
  keyId: string;
}

/** The four Wechatpay-* headers over a body, the way WeChat Pay signs answers and notifications. */
export function signedHeaders(body: string, signer: PlatformSigner, nowMs: number): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomBytes(16).toString('hex');
  return {
    'wechatpay-timestamp': timestamp,
    'wechatpay-nonce': nonce,
    'wechatpay-signature': signSha256Rsa(responseMessage(timestamp, nonce, body), signer.privateKey),
    'wechatpay-serial': signer.keyId,
    'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

export interface NotificationContent {
  id: string;
  /** ISO-8601 with +08:00. */
  createTime: string;
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED';
  /** The transaction or refund, in WeChat's own field names. */
  resource: Record<string, unknown>;
}

const SUMMARY = {
  'TRANSACTION.SUCCESS': '支付成功',
  'REFUND.SUCCESS': '退款成功',
  'REFUND.ABNORMAL': '退款异常',
  'REFUND.CLOSED': '退款关闭',
} as const;

/** A real v3 notification: the resource encrypted with the APIv3 key, the body signed. */
export function buildNotification(
  content: NotificationContent,
  signer: PlatformSigner,
  apiV3Key: string,
  nowMs: number,
): { headers: Record<string, string>; body: string } {
  const isRefund = content.eventType.startsWith('REFUND.');
  const nonce = randomBytes(6).toString('hex');
  const associatedData = isRefund ? 'refund' : 'transaction';
  const body = JSON.stringify({
    id: content.id,
    create_time: content.createTime,
    resource_type: 'encrypt-resource',
    event_type: content.eventType,
    summary: SUMMARY[content.eventType],
    resource: {
      original_type: associatedData,
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: encryptResource(JSON.stringify(content.resource), apiV3Key, nonce, associatedData),
      associated_data: associatedData,
      nonce,
    },
  });
  return { headers: signedHeaders(body, signer, nowMs), body };
}
