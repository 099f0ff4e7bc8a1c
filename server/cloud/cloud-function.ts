import cloud from 'wx-server-sdk';
import type { AppDeps } from '../functions/deps';
import type { FunctionHandler } from '../functions/define-function';
import type { TimerFactory } from '../functions/timer';
import type { HttpFactory } from '../functions/http';
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

/** 云开发 HTTP access event: the raw body (maybe base64) and the query that names the vendor. */
interface CloudHttpEvent {
  body?: string;
  isBase64Encoded?: boolean;
  queryStringParameters?: Record<string, string>;
  path?: string;
}

/** The cloud entry of an HTTP-triggered function (carrier callbacks): no user, the vendor's raw body in, its reply out. */
export function cloudHttp(factory: HttpFactory) {
  return async (event: CloudHttpEvent) => {
    const rawBody = event?.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event?.body ?? '');
    const vendor = event?.queryStringParameters?.vendor ?? event?.path?.split('/').pop() ?? '';
    const reply = await factory(cloudDeps())({ vendor, rawBody });
    return { statusCode: reply.status, headers: { 'content-type': reply.contentType }, body: reply.body, isBase64Encoded: false };
  };
}
