import { z } from 'zod';
import type { Clock } from '../../ports/clock';
import type { CarrierGateway } from '../../ports/carrier-gateway';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import { detectCarrier } from '../../domain/tracking/detect-carrier';
import { DEFAULT_RESILIENCE, withFallback, withResilience } from './gateway/resilient-gateway';
import { createKdniaoGateway } from './kdniao/client';
import { createKuaidi100Gateway } from './kuaidi100/client';
import { createSandboxCarrier } from './sandbox';

const carrierEnvSchema = z.object({
  KDNIAO_EBUSINESS_ID: z.string().min(1).optional(),
  KDNIAO_APP_KEY: z.string().min(1).optional(),
  KDNIAO_QUERY_URL: z.url().default('https://api.kdniao.com/Ebusiness/EbusinessOrderHandle.aspx'),
  KDNIAO_SUBSCRIBE_URL: z.url().default('https://api.kdniao.com/api/dist'),
  KUAIDI100_CUSTOMER: z.string().min(1).optional(),
  KUAIDI100_KEY: z.string().min(1).optional(),
  KUAIDI100_CALLBACK_SALT: z.string().min(1).optional(),
  KUAIDI100_QUERY_URL: z.url().default('https://poll.kuaidi100.com/poll/query.do'),
  KUAIDI100_POLL_URL: z.url().default('https://poll.kuaidi100.com/poll'),
  KUAIDI100_AUTONUMBER_URL: z.url().default('http://www.kuaidi100.com/autonumber/auto'),
  KDNIAO_MONITOR: z.stringbool().default(false),
  SANDBOX_SPEED: z.coerce.number().positive().max(100_000).default(1),
});

/**
 * The carriers the functions talk to: KDNiao and/or Kuaidi100 when their keys are set (KDNiao
 * first, Kuaidi100 as fallback), otherwise the sandbox. Each real source is wrapped in timeouts,
 * retries and a circuit breaker.
 */
export function buildCarrierGateway(deps: { env: NodeJS.ProcessEnv; clock: Clock; store: DocStore; log: Logger }): CarrierGateway {
  const env = carrierEnvSchema.parse(deps.env);
  const sources: CarrierGateway[] = [];
  const resilient = (g: CarrierGateway) => withResilience(g, { ...DEFAULT_RESILIENCE, clock: deps.clock, log: deps.log });
  if (env.KDNIAO_EBUSINESS_ID && env.KDNIAO_APP_KEY) {
    sources.push(
      resilient(
        createKdniaoGateway({
          ebusinessId: env.KDNIAO_EBUSINESS_ID,
          appKey: env.KDNIAO_APP_KEY,
          queryUrl: env.KDNIAO_QUERY_URL,
          subscribeUrl: env.KDNIAO_SUBSCRIBE_URL,
          monitor: env.KDNIAO_MONITOR,
        }),
      ),
    );
  }
  if (env.KUAIDI100_CUSTOMER && env.KUAIDI100_KEY) {
    sources.push(
      resilient(
        createKuaidi100Gateway({
          customer: env.KUAIDI100_CUSTOMER,
          key: env.KUAIDI100_KEY,
          queryUrl: env.KUAIDI100_QUERY_URL,
          pollUrl: env.KUAIDI100_POLL_URL,
          autonumberUrl: env.KUAIDI100_AUTONUMBER_URL,
          clock: deps.clock,
          callbackSalt: env.KUAIDI100_CALLBACK_SALT,
        }),
      ),
    );
  }
  if (sources.length === 2) return withFallback(sources[0], sources[1]);
  if (sources.length === 1) return sources[0];
  deps.log.info({ speed: env.SANDBOX_SPEED }, 'no carrier keys set: using the sandbox carrier');
  return createSandboxCarrier({
    clock: deps.clock,
    store: deps.store,
    speed: env.SANDBOX_SPEED,
    recognize: (no) => detectCarrier(no).candidates,
  });
}
