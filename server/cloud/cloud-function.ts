import cloud from 'wx-server-sdk';
import type { AppDeps } from '../functions/deps';
import type { FunctionHandler } from '../functions/define-function';
import type { TimerFactory } from '../functions/timer';
import type { HttpFactory } from '../functions/http';
import { ERROR_MESSAGES } from '../../types/errors';
import { buildCloudDeps } from './cloud-deps';

let deps: AppDeps | undefined;

/** Deps are built once per warm container, not per call. */
function cloudDeps(): AppDeps {
  deps ??= buildCloudDeps(process.env);
  return deps;
}

/** The OPENID WeChat puts in the context of a call from the mini program; absent for timers and HTTP access. */
function contextOpenid(): string | undefined {
  return cloud.getWXContext().OPENID || undefined;
}

const refused = (why: string) => {
  cloudDeps().log.warn({ why }, 'cloud entry refused a call');
  return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } } as const;
};

/**
 * The cloud entry of a user-called function: the caller is the OPENID WeChat puts in the context,
 * never anything in `event` (which the client controls).
 */
export function cloudFunction(factory: (deps: AppDeps) => FunctionHandler) {
  let handler: FunctionHandler | undefined;
  return async (event: unknown) => {
    try {
      handler ??= factory(cloudDeps());
    } catch (err) {
      console.error('function set-up failed', err);
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
    const openid = contextOpenid();
    return handler(event, openid ? { openid } : null);
  };
}

/** A timer trigger's event (云开发 timer triggers): `{ Type: 'Timer', TriggerName, Time }`. */
export interface CloudTimerEvent {
  Type?: string;
  TriggerName?: string;
  Time?: string;
}

/** Whether a call is a timer trigger firing: never a user (any call from the mini program carries an OPENID). */
export function isTimerInvocation(event: unknown, openid: string | undefined): event is CloudTimerEvent & { TriggerName: string } {
  if (openid) return false;
  const e = event as CloudTimerEvent | null;
  return typeof e === 'object' && e !== null && e.Type === 'Timer' && typeof e.TriggerName === 'string';
}

/** The cloud entry of a timer-triggered function (config.json `triggers`); a user cannot run it with callFunction. */
export function cloudTimer(factory: TimerFactory) {
  return async (event: unknown) => {
    if (!isTimerInvocation(event, contextOpenid())) return refused('timer called by something other than its trigger');
    const d = cloudDeps();
    await factory(d)({ name: event.TriggerName, firedAtMs: d.clock.now() });
    return { ok: true };
  };
}

/** 云开发 HTTP access event: method, headers, the raw body (maybe base64) and the query that names the vendor. */
export interface CloudHttpEvent {
  httpMethod: string;
  headers: Record<string, string>;
  path?: string;
  body?: string;
  isBase64Encoded?: boolean;
  queryStringParameters?: Record<string, string>;
}

/** Whether a call came through 云开发 HTTP access (not a user's callFunction dressed up as one). */
export function isHttpAccessInvocation(event: unknown, openid: string | undefined): event is CloudHttpEvent {
  if (openid) return false;
  const e = event as Partial<CloudHttpEvent> | null;
  return typeof e === 'object' && e !== null && typeof e.httpMethod === 'string' && typeof e.headers === 'object' && e.headers !== null;
}

/** The vendor a callback comes from: `?vendor=` or the last path segment (`/carrier-push/kdniao`). */
export function vendorOf(event: CloudHttpEvent): string {
  return event.queryStringParameters?.vendor ?? event.path?.split('/').filter(Boolean).pop() ?? '';
}

/** The cloud entry of an HTTP-triggered function (carrier callbacks): no user, the vendor's raw body in, its reply out. */
export function cloudHttp(factory: HttpFactory) {
  return async (event: unknown) => {
    if (!isHttpAccessInvocation(event, contextOpenid())) {
      return {
        statusCode: 403,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(refused('not an HTTP access event')),
        isBase64Encoded: false,
      };
    }
    if (event.httpMethod.toUpperCase() !== 'POST') {
      return {
        statusCode: 405,
        headers: { 'content-type': 'text/plain; charset=utf-8', allow: 'POST' },
        body: 'POST only',
        isBase64Encoded: false,
      };
    }
    const rawBody = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const reply = await factory(cloudDeps())({ vendor: vendorOf(event), rawBody, headers });
    return { statusCode: reply.status, headers: { 'content-type': reply.contentType }, body: reply.body, isBase64Encoded: false };
  };
}
