import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { Envelope } from '../../types/envelope';
import type { Caller } from '../ports/caller';
import type { FunctionHandler } from '../functions/define-function';
import type { HttpHandler } from '../functions/http';
import type { Logger } from '../ports/logger';
import type { DevSessions } from './dev-session';

const MAX_BODY_BYTES = 1024 * 1024;

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
  NETWORK: 502,
};

/** A dev-only route: JSON body in, envelope out. Exists only in the local runtime. */
export type DevRoute = (body: unknown, caller: Caller | null) => Promise<Envelope<unknown>>;

export interface GatewayOptions {
  functions: Record<string, FunctionHandler>;
  sessions: DevSessions;
  devRoutes: Record<string, DevRoute>;
  /** Carrier callbacks at POST /hooks/<function>/<vendor>. */
  http?: Record<string, HttpHandler>;
  serveStatic: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  log: Logger;
}

/** `POST /api/<name>` calls a function as its caller; everything else is the H5 app. */
export function createHttpGateway(options: GatewayOptions): RequestListener {
  const { functions, sessions, devRoutes, serveStatic, log, http = {} } = options;

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const handle = async () => {
      if (path === '/healthz') return sendJson(res, 200, { ok: true, data: { status: 'up' } });
      const hook = /^\/hooks\/([A-Za-z]+)\/([a-z0-9]+)$/.exec(path);
      if (hook && req.method === 'POST') {
        const handler = own(http, hook[1]);
        if (!handler) return sendError(res, 'NOT_FOUND', '没有这个接口');
        const rawBody = await readText(req);
        if (rawBody === BAD_BODY) return sendError(res, 'INVALID_INPUT', '请求内容太大');
        const reply = await handler({ vendor: hook[2], rawBody });
        res.writeHead(reply.status, { 'content-type': reply.contentType });
        return void res.end(reply.body);
      }
      if (!path.startsWith('/api/')) return serveStatic(req, res);
      if (req.method !== 'POST') return sendError(res, 'NOT_FOUND', '请使用 POST 调用接口');
      const name = path.slice('/api/'.length);

      const body = await readJson(req);
      if (body === BAD_BODY) return sendError(res, 'INVALID_INPUT', '请求内容不是有效的 JSON');

      if (name === '_dev/login') return sendEnvelope(res, { ok: true, data: sessions.issue() });
      const devRoute = own(devRoutes, name);
      if (devRoute) return sendEnvelope(res, await devRoute(body, sessions.verify(bearer(req))));

      const fn = own(functions, name);
      if (!fn) return sendError(res, 'NOT_FOUND', '没有这个接口');
      const caller = sessions.verify(bearer(req));
      if (!caller) return sendError(res, 'FORBIDDEN');
      return sendEnvelope(res, await fn(body, caller));
    };
    handle().catch((err: unknown) => {
      log.error({ err, path }, 'gateway failed');
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.end();
    });
  };
}

const BAD_BODY = Symbol('bad body');

/** A route table lookup that never finds inherited keys such as "constructor". */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

async function readText(req: IncomingMessage): Promise<string | typeof BAD_BODY> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return BAD_BODY;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const raw = await readText(req);
  if (raw === BAD_BODY) return BAD_BODY;
  const text = raw.trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return BAD_BODY;
  }
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>) {
  sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
}

function sendError(res: ServerResponse, code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
  sendEnvelope(res, { ok: false, error: { code, message } });
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}
