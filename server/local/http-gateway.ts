import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { Envelope } from '../../types/envelope';
import type { Caller } from '../ports/caller';
import type { FunctionHandler } from '../functions/define-function';
import type { HttpHandler } from '../functions/http';
import type { Logger } from '../ports/logger';
import type { DevSessions } from './dev-session';
import type { FileRoutes } from './file-routes';
import { readBody, type BodyProblem } from './read-body';

export const MAX_BODY_BYTES = 1024 * 1024;

const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NOT_ALLOWED_IN_STATE: 409,
  NEEDS_PHONE_TAIL: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  CARRIER_UNAVAILABLE: 503,
  PAYMENT_UNAVAILABLE: 503,
  NETWORK: 502,
  EVIDENCE_INVALID: 422,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 429,
};

/** A dev-only route: JSON body in, envelope out. Exists only in the local runtime. */
export type DevRoute = (body: unknown, caller: Caller | null) => Promise<Envelope<unknown>>;

export interface GatewayOptions {
  functions: Record<string, FunctionHandler>;
  sessions: DevSessions;
  /** Dev routes and dev login; empty when the server is reachable from the network (see `devRoutesAllowed`). */
  devRoutes: Record<string, DevRoute> | null;
  /** Carrier callbacks at POST /hooks/<function>/<vendor>. */
  http?: Record<string, HttpHandler>;
  serveStatic: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;
  /** Evidence uploads (POST /api/_upload) and file links (GET /files/<id>). */
  files?: FileRoutes;
  /** The staff console at /console/; its API is the `console` HTTP function at POST /console/api/<name>. */
  serveConsole?: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;
  log: Logger;
}

/** The answer to a request the gateway refuses before any function sees it: HTTP status, code, message. */
const REFUSALS = {
  BAD_URL: [400, 'INVALID_INPUT', '请求地址不正确'],
  TOO_LARGE: [413, 'INVALID_INPUT', `请求内容太大，不能超过 ${MAX_BODY_BYTES / 1024 / 1024} MB`],
  NOT_JSON: [400, 'INVALID_INPUT', '请求内容不是有效的 JSON'],
  NEEDS_JSON_TYPE: [415, 'INVALID_INPUT', '请求内容类型应为 application/json'],
  POST_ONLY: [405, 'INVALID_INPUT', '请使用 POST 调用接口'],
  ABORTED: [400, 'INVALID_INPUT', '请求没有传完，请重试'],
  NO_ROUTE: [404, 'NOT_FOUND', '没有这个接口'],
} as const satisfies Record<string, readonly [number, ErrorCode, string]>;
type Refusal = keyof typeof REFUSALS;

/**
 * `POST /api/<name>` calls a function as its caller; `POST /hooks/<fn>/<vendor>` is a carrier
 * callback; everything else is the H5 app. Every step, URL parsing included, runs inside one
 * error boundary: no request can stop the process.
 */
export function createHttpGateway(options: GatewayOptions): RequestListener {
  const { functions, sessions, devRoutes, serveStatic, log, http = {}, files, serveConsole } = options;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathnameOf(req.url);
    if (path === null) return refuse(res, 'BAD_URL');
    if (path === '/healthz') return sendJson(res, 200, { ok: true, data: { status: 'up' } });

    const hook = /^\/hooks\/([A-Za-z]+)\/([a-z0-9]+)$/.exec(path);
    if (hook) {
      if (req.method !== 'POST') return refuse(res, 'POST_ONLY');
      const handler = own(http, hook[1]);
      if (!handler) return refuse(res, 'NO_ROUTE');
      const body = await readBody(req, MAX_BODY_BYTES);
      if (typeof body === 'string') return refuse(res, body);
      const reply = await handler({ vendor: hook[2], rawBody: body.text, headers: headerRecord(req) });
      res.writeHead(reply.status, { 'content-type': reply.contentType });
      return void res.end(reply.body);
    }

    const consoleCall = /^\/console\/api\/([A-Za-z]+)$/.exec(path);
    if (consoleCall && http.console) {
      if (req.method !== 'POST') return refuse(res, 'POST_ONLY');
      const body = await readBody(req, MAX_BODY_BYTES);
      if (typeof body === 'string') return refuse(res, body);
      const reply = await http.console({ vendor: consoleCall[1], rawBody: body.text, headers: headerRecord(req) });
      res.writeHead(reply.status, { 'content-type': reply.contentType, 'cache-control': 'no-store' });
      return void res.end(reply.body);
    }
    if (serveConsole && path === '/console') return void res.writeHead(308, { location: '/console/' }).end();
    if (serveConsole && path.startsWith('/console/')) return serveConsole(req, res, path.slice('/console'.length));
    if (files && path.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD'))
      return files.serve(req, res, path.slice('/files/'.length));
    if (files && path === '/api/_upload' && req.method === 'POST') return files.upload(req, res, sessions.verify(bearer(req)));

    if (path !== '/api' && !path.startsWith('/api/')) return serveStatic(req, res, path);
    if (req.method !== 'POST') return refuse(res, 'POST_ONLY');
    const name = path.slice('/api/'.length);
    const devRoute = devRoutes && (name === '_dev/login' || own(devRoutes, name));
    const fn = own(functions, name);
    if (!devRoute && !fn) return refuse(res, 'NO_ROUTE');
    // A browser sends application/json cross-origin only after a preflight we never grant.
    if (!isJsonType(req.headers['content-type'])) return refuse(res, 'NEEDS_JSON_TYPE');
    const body = await readJson(req);
    if (typeof body === 'string') return refuse(res, body);

    if (name === '_dev/login' && devRoutes) {
      const issued = sessions.issue(remoteKey(req), (body.value as { token?: unknown } | null)?.token);
      return sendEnvelope(res, issued);
    }
    if (devRoute && typeof devRoute === 'function') return sendEnvelope(res, await devRoute(body.value, sessions.verify(bearer(req))));
    const caller = sessions.verify(bearer(req));
    if (!caller) return sendError(res, 'FORBIDDEN');
    return sendEnvelope(res, await fn!(body.value, caller));
  }

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err, url: req.url?.slice(0, 200) }, 'gateway failed');
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.destroy();
    });
  };
}

/** The path of a request target, or null when it is not a path we can read (`//a:b`, `/%ff`). */
export function pathnameOf(target: string | undefined): string | null {
  if (!target || !target.startsWith('/')) return null;
  try {
    // Prefixing our own origin keeps `//host`-looking paths as paths instead of hosts.
    return decodeURIComponent(new URL(`http://local${target}`).pathname);
  } catch {
    return null;
  }
}

/** A route table lookup that never finds inherited keys such as "constructor". */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Header names lower-cased, repeated headers joined, as one record. */
function headerRecord(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

function isJsonType(header: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(header ?? '');
}

async function readJson(req: IncomingMessage): Promise<{ value: unknown } | BodyProblem | 'NOT_JSON'> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (typeof raw === 'string') return raw;
  const text = raw.text.trim();
  if (!text) return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return 'NOT_JSON';
  }
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** Who is asking, for limits on minting identities: the peer address. */
function remoteKey(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function refuse(res: ServerResponse, refusal: Refusal) {
  const [status, code, message] = REFUSALS[refusal];
  const headers: Record<string, string> = refusal === 'POST_ONLY' ? { allow: 'POST' } : {};
  // After a refused upload the rest of the body is not read: close instead of reusing the socket.
  if (refusal === 'TOO_LARGE' || refusal === 'ABORTED') headers.connection = 'close';
  sendJson(res, status, { ok: false, error: { code, message } }, headers);
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>) {
  sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
}

function sendError(res: ServerResponse, code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
  sendEnvelope(res, { ok: false, error: { code, message } });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(value));
}
