import { carrierInterceptFromEnv } from '../adapters/carrier-intercept.factory';
import { wechatPayFromEnv } from '../adapters/payments.factory';
import type { AppDeps } from '../functions/deps';

/**
 * The intercept functions' part of the cloud root, on top of the shared deps, so that only their
 * bundles carry the WeChat Pay library. Without WeChat Pay keys `payments` stays null and
 * intercepts answer PAYMENT_UNAVAILABLE (there is no pay sandbox in the cloud).
 */
export function withPayments<T>(factory: (deps: AppDeps) => T): (deps: AppDeps) => T {
  return (deps) => factory({ ...deps, payments: wechatPayFromEnv(process.env, deps.clock) });
}

/**
 * WeChat Pay and the carrier intercept channel: for the functions that may find a payment and
 * then submit the intercept at once (getIntercept's query on return, payNotify, interceptWatch).
 * The others never submit, so they go without the channel's code.
 */
export function withInterceptPorts<T>(factory: (deps: AppDeps) => T): (deps: AppDeps) => T {
  return withPayments((deps) => factory({ ...deps, carrierIntercept: carrierInterceptFromEnv(process.env, deps.clock) }));
}
