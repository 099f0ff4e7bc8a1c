import cloud from 'wx-server-sdk';
import type { AppDeps } from '../functions/deps';
import type { FunctionHandler } from '../functions/define-function';
import type { TimerFactory } from '../functions/timer';
import { buildCloudDeps } from './cloud-deps';

let deps: AppDeps | undefined;

/** Deps are built once per warm container, not per call. */
function cloudDeps(): AppDeps {
  deps ??= buildCloudDeps(process.env);
  return deps;
}

/**
 * The cloud entry of a user-called function: the caller is the OPENID WeChat puts in the context,
 * never anything in `event` (which the client controls).
 */
export function cloudFunction(factory: (deps: AppDeps) => FunctionHandler) {
  let handler: FunctionHandler | undefined;
  return async (event: unknown) => {
    handler ??= factory(cloudDeps());
    const { OPENID } = cloud.getWXContext();
    return handler(event, OPENID ? { openid: OPENID } : null);
  };
}

/** The cloud entry of a timer-triggered function (config.json `triggers`). */
export function cloudTimer(factory: TimerFactory) {
  return async (event: { TriggerName?: string }) => {
    const d = cloudDeps();
    await factory(d)({ name: event?.TriggerName ?? 'timer', firedAtMs: d.clock.now() });
    return { ok: true };
  };
}
