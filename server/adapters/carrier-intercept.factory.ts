import { z } from 'zod';
import type { CarrierIntercept } from '../ports/carrier-intercept';
import type { Clock } from '../ports/clock';
import { createKuaidi100Intercept, KUAIDI100_LABEL_ORDER_URL } from './carriers/kuaidi100-intercept/client';
import type { PartnerAccount } from './carriers/kuaidi100-intercept/request';

const optional = z.string().trim().min(1).optional();

const partnersSchema = z.record(
  z.string().regex(/^[A-Z0-9]{2,10}$/),
  z.object({
    partnerId: z.string().optional(),
    partnerKey: z.string().optional(),
    partnerSecret: z.string().optional(),
    partnerName: z.string().optional(),
    net: z.string().optional(),
    code: z.string().optional(),
  }) satisfies z.ZodType<PartnerAccount>,
);

const interceptEnvSchema = z.object({
  KUAIDI100_KEY: optional,
  KUAIDI100_INTERCEPT_SECRET: optional,
  KUAIDI100_INTERCEPT_PARTNERS: optional,
  KUAIDI100_INTERCEPT_CALLBACK_URL: z.url().optional(),
  KUAIDI100_INTERCEPT_SALT: optional,
  KUAIDI100_INTERCEPT_URL: z.url().default(KUAIDI100_LABEL_ORDER_URL),
});

/**
 * Kuaidi100 interceptOrder when the operator set its secret and the carriers' e-waybill accounts
 * (KUAIDI100_INTERCEPT_PARTNERS, JSON by carrier code); null otherwise: staff execute every intercept.
 */
export function carrierInterceptFromEnv(raw: NodeJS.ProcessEnv, clock: Clock): CarrierIntercept | null {
  const env = interceptEnvSchema.parse(raw);
  if (!env.KUAIDI100_INTERCEPT_SECRET && !env.KUAIDI100_INTERCEPT_PARTNERS) return null;
  if (!env.KUAIDI100_KEY || !env.KUAIDI100_INTERCEPT_SECRET || !env.KUAIDI100_INTERCEPT_PARTNERS)
    throw new Error(
      'Kuaidi100 intercepts need KUAIDI100_KEY, KUAIDI100_INTERCEPT_SECRET and KUAIDI100_INTERCEPT_PARTNERS (see README: Configuration)',
    );
  let partners: unknown;
  try {
    partners = JSON.parse(env.KUAIDI100_INTERCEPT_PARTNERS);
  } catch {
    throw new Error('KUAIDI100_INTERCEPT_PARTNERS must be JSON: {"SF": {"partnerId": "…"}, …}');
  }
  return createKuaidi100Intercept({
    key: env.KUAIDI100_KEY,
    secret: env.KUAIDI100_INTERCEPT_SECRET,
    partners: partnersSchema.parse(partners),
    callbackUrl: env.KUAIDI100_INTERCEPT_CALLBACK_URL,
    salt: env.KUAIDI100_INTERCEPT_SALT,
    url: env.KUAIDI100_INTERCEPT_URL,
    clock,
    timeoutMs: 3_000,
  });
}
