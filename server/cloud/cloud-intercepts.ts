import { carrierInterceptFromEnv, wechatPayFromEnv } from '../adapters/intercept-ports.factory';
import type { AppDeps } from '../functions/deps';

/**
 * The intercept functions' part of the cloud root: WeChat Pay and the carrier intercept channel
 * from the environment, on top of the shared deps. Without WeChat Pay keys `payments` stays null
 * and intercepts answer PAYMENT_UNAVAILABLE (there is no pay sandbox in the cloud).
 */
export function withInterceptPorts<T>(factory: (deps: AppDeps) => T): (deps: AppDeps) => T {
  return (deps) =>
    factory({
      ...deps,
      payments: wechatPayFromEnv(process.env, deps.clock),
      carrierIntercept: carrierInterceptFromEnv(process.env, deps.clock),
    });
}
