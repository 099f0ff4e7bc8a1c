import { z } from 'zod';
import type { Clock } from '../ports/clock';
import type { Payments } from '../ports/payments';
import { createWechatPay } from './wechatpay/client';
import { WECHATPAY_BASE_URL } from './wechatpay/http-service';
import { platformKeys } from './wechatpay/signature';

const optional = z.string().trim().min(1).optional();

const wechatPayEnvSchema = z.object({
  WECHATPAY_APPID: optional,
  WECHATPAY_MCHID: optional,
  WECHATPAY_MERCHANT_SERIAL_NO: optional,
  WECHATPAY_PRIVATE_KEY: optional,
  WECHATPAY_APIV3_KEY: z.string().length(32, 'WECHATPAY_APIV3_KEY must be the 32-character APIv3 key').optional(),
  WECHATPAY_PUBLIC_KEY_ID: z.string().startsWith('PUB_KEY_ID_', 'WECHATPAY_PUBLIC_KEY_ID starts with PUB_KEY_ID_').optional(),
  WECHATPAY_PUBLIC_KEY: optional,
  WECHATPAY_PLATFORM_CERT: optional,
  WECHATPAY_NOTIFY_URL: z.url({ protocol: /^https$/, error: 'WECHATPAY_NOTIFY_URL must be an https URL' }).optional(),
  WECHATPAY_BASE_URL: z.url().default(WECHATPAY_BASE_URL),
});

const REQUIRED = [
  'WECHATPAY_APPID',
  'WECHATPAY_MCHID',
  'WECHATPAY_MERCHANT_SERIAL_NO',
  'WECHATPAY_PRIVATE_KEY',
  'WECHATPAY_APIV3_KEY',
  'WECHATPAY_NOTIFY_URL',
] as const;

/**
 * A key from the environment: PEM text (newlines may be written as \n, as one-line settings
 * need), or the bare base64 body, which gets the PEM armour of its kind.
 */
export function pemFromEnv(value: string, kind: 'PRIVATE KEY' | 'PUBLIC KEY' | 'CERTIFICATE'): string {
  const text = value.replace(/\\n/g, '\n').trim();
  if (text.startsWith('-----BEGIN')) return `${text}\n`;
  const body = text.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----\n`;
}

/**
 * WeChat Pay when its keys are set; null when none is (the caller falls back to the local pay
 * sandbox, or, in the cloud, intercepts say they are not offered). Half a configuration stops the
 * start with the names of what is missing, rather than failing a user's payment later.
 */
export function wechatPayFromEnv(raw: NodeJS.ProcessEnv, clock: Clock): Payments | null {
  const env = wechatPayEnvSchema.parse(raw);
  const given = Object.keys(wechatPayEnvSchema.shape).filter((k) => k !== 'WECHATPAY_BASE_URL' && raw[k]);
  if (!given.length) return null;
  const missing: string[] = REQUIRED.filter((k) => !env[k]);
  const publicKeyMode = Boolean(env.WECHATPAY_PUBLIC_KEY_ID && env.WECHATPAY_PUBLIC_KEY);
  if (!publicKeyMode && !env.WECHATPAY_PLATFORM_CERT)
    missing.push('WECHATPAY_PUBLIC_KEY_ID + WECHATPAY_PUBLIC_KEY or WECHATPAY_PLATFORM_CERT');
  if (missing.length) throw new Error(`WeChat Pay is half configured: set ${missing.join(', ')} (see README: Configuration)`);
  return createWechatPay({
    appid: env.WECHATPAY_APPID!,
    mchid: env.WECHATPAY_MCHID!,
    merchantSerialNo: env.WECHATPAY_MERCHANT_SERIAL_NO!,
    merchantPrivateKey: pemFromEnv(env.WECHATPAY_PRIVATE_KEY!, 'PRIVATE KEY'),
    apiV3Key: env.WECHATPAY_APIV3_KEY!,
    // A merchant switching modes receives both for a while: we hold both.
    platformKeys: platformKeys({
      publicKeys: publicKeyMode ? [{ id: env.WECHATPAY_PUBLIC_KEY_ID!, pem: pemFromEnv(env.WECHATPAY_PUBLIC_KEY!, 'PUBLIC KEY') }] : [],
      certificates: env.WECHATPAY_PLATFORM_CERT ? [pemFromEnv(env.WECHATPAY_PLATFORM_CERT, 'CERTIFICATE')] : [],
    }),
    notifyUrl: env.WECHATPAY_NOTIFY_URL!,
    baseUrl: env.WECHATPAY_BASE_URL,
    clock,
  });
}
