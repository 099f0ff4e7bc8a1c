import type { NotificationError, NotificationVerdict, PaymentNotification, RawNotification } from '../../ports/payments';
import { toOrderStatus, toRefundResult } from './map-response';
import { decryptResource } from './resource-cipher';
import { notificationEnvelopeSchema } from './schemas';
import { isPublicKeyId, responseMessage, verifySha256Rsa, type PlatformKeys } from './signature';

/** WeChat's own SDKs refuse answers and notifications signed more than five minutes away from now. */
export const TIMESTAMP_TOLERANCE_S = 300;

/** WeChat sends a few deliberately wrong signatures starting with this to see that merchants check them. */
const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';

export interface SignedMessageCheck {
  keys: PlatformKeys;
  nowMs: number;
}

type Failure = { ok: false; error: NotificationError; detail: string };

const fail = (error: NotificationError, detail: string): Failure => ({ ok: false, error, detail });

function header(headers: RawNotification['headers'], name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

/**
 * The signature ladder shared by notifications and API answers: headers present, not a probe,
 * fresh, signed by a key we hold, signature valid. Each rung returns its own named error.
 */
export function verifySignedMessage(headers: RawNotification['headers'], body: string, check: SignedMessageCheck): { ok: true } | Failure {
  const timestamp = header(headers, 'wechatpay-timestamp');
  const nonce = header(headers, 'wechatpay-nonce');
  const signature = header(headers, 'wechatpay-signature');
  const serial = header(headers, 'wechatpay-serial');
  if (!timestamp || !nonce || !signature || !serial) {
    const missing = { timestamp, nonce, signature, serial };
    return fail(
      'MISSING_HEADERS',
      `missing Wechatpay-${Object.keys(missing)
        .filter((k) => !missing[k as keyof typeof missing])
        .join(', ')}`,
    );
  }
  if (signature.startsWith(PROBE_PREFIX)) return fail('SIGNATURE_PROBE', 'a WeChat Pay signature probe: refused on purpose');
  if (!/^\d{1,12}$/.test(timestamp)) return fail('BAD_TIMESTAMP', `timestamp ${timestamp.slice(0, 20)}`);
  const skew = Number(timestamp) - Math.floor(check.nowMs / 1000);
  if (skew < -TIMESTAMP_TOLERANCE_S) return fail('STALE_TIMESTAMP', `signed ${-skew} s ago`);
  if (skew > TIMESTAMP_TOLERANCE_S) return fail('FUTURE_TIMESTAMP', `signed ${skew} s ahead`);
  const key = check.keys.get(serial) ?? check.keys.get(serial.toUpperCase());
  if (!key) return fail(isPublicKeyId(serial) ? 'UNKNOWN_PUBLIC_KEY_ID' : 'UNKNOWN_SERIAL', `no key for ${serial}`);
  if (!verifySha256Rsa(responseMessage(timestamp, nonce, body), signature, key)) return fail('BAD_SIGNATURE', `serial ${serial}`);
  return { ok: true };
}

export interface NotificationCheck extends SignedMessageCheck {
  apiV3Key: string;
}

/** A payment or refund notification: verified, then its resource decrypted and read. Idempotency is the caller's, by `id`. */
export function verifyNotification(raw: RawNotification, check: NotificationCheck): NotificationVerdict {
  const verdict = readNotification(raw, check);
  if ('notification' in verdict) return { ok: true, notification: verdict.notification };
  const unauthenticated =
    verdict.error !== 'MALFORMED_BODY' && verdict.error !== 'MALFORMED_RESOURCE' && verdict.error !== 'UNSUPPORTED_ALGORITHM';
  const reply = { status: unauthenticated ? 401 : 400, body: JSON.stringify({ code: 'FAIL', message: verdict.error }) };
  return { ...verdict, reply };
}

function readNotification(raw: RawNotification, check: NotificationCheck): { notification: PaymentNotification } | Failure {
  if (typeof raw.body !== 'string') return fail('BODY_NOT_RAW', 'the body was parsed before verification; pass the raw text');
  const signed = verifySignedMessage(raw.headers, raw.body, check);
  if (!signed.ok) return signed;
  let json: unknown;
  try {
    json = JSON.parse(raw.body);
  } catch {
    return fail('MALFORMED_BODY', 'not JSON');
  }
  const envelope = notificationEnvelopeSchema.safeParse(json);
  if (!envelope.success) return fail('MALFORMED_BODY', envelope.error.issues[0]?.message ?? 'bad envelope');
  const { id, create_time: createTime, event_type: eventType, resource } = envelope.data;
  if (resource.algorithm !== 'AEAD_AES_256_GCM') return fail('UNSUPPORTED_ALGORITHM', resource.algorithm);
  let plaintext: string;
  try {
    plaintext = decryptResource(resource, check.apiV3Key);
  } catch {
    return fail('DECRYPTION_FAILED', `resource of ${id} did not decrypt with our APIv3 key`);
  }
  try {
    const content: unknown = JSON.parse(plaintext);
    if (eventType.startsWith('REFUND.'))
      return { notification: { id, createTime, eventType, kind: 'REFUND', refund: toRefundResult(content) } };
    if (eventType.startsWith('TRANSACTION.'))
      return { notification: { id, createTime, eventType, kind: 'TRANSACTION', transaction: toOrderStatus(content) } };
    return fail('MALFORMED_RESOURCE', `event type ${eventType}`);
  } catch (err) {
    return fail('MALFORMED_RESOURCE', (err as Error).message);
  }
}
