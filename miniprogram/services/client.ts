import Taro from '@tarojs/taro';
import type { Envelope, FunctionName, FunctionRequest, FunctionResponse } from '../../types';
import { ERROR_MESSAGES } from '../../types/errors';

const TOKEN_KEY = 'pm.devToken';

/** What every service call answers: never throws, so pages only branch on `ok`. */
export type CallResult<N extends FunctionName> = Envelope<FunctionResponse<N>>;

function networkError<T>(): Envelope<T> {
  return { ok: false, error: { code: 'NETWORK', message: ERROR_MESSAGES.NETWORK } };
}

function isEnvelope<T>(value: unknown): value is Envelope<T> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** WeChat: the platform passes the caller's OPENID to the function; no token involved. */
async function callCloud<N extends FunctionName>(name: N, input: FunctionRequest<N>): Promise<CallResult<N>> {
  try {
    const res = await Taro.cloud.callFunction({ name, data: input as Record<string, unknown> });
    return isEnvelope<FunctionResponse<N>>(res.result) ? res.result : networkError();
  } catch {
    return networkError();
  }
}

async function postJson(path: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

async function devToken(renew: boolean): Promise<string | null> {
  const saved = Taro.getStorageSync<string>(TOKEN_KEY);
  if (saved && !renew) return saved;
  // Sending the old token back keeps this browser's identity (its followed parcels) across expiry.
  const login = await postJson('/api/_dev/login', saved ? { token: saved } : {});
  if (!isEnvelope<{ token: string }>(login) || !login.ok) return null;
  Taro.setStorageSync(TOKEN_KEY, login.data.token);
  return login.data.token;
}

/** Sends with this browser's dev identity, renewed once when the server no longer accepts it. */
async function withDevToken<T>(send: (token: string) => Promise<unknown>): Promise<Envelope<T>> {
  try {
    for (const renew of [false, true]) {
      const token = await devToken(renew);
      if (!token) return networkError();
      const reply = await send(token);
      if (!isEnvelope<T>(reply)) return networkError();
      if (!reply.ok && reply.error.code === 'FORBIDDEN' && !renew) continue;
      return reply;
    }
    return networkError();
  } catch {
    return networkError();
  }
}

/** H5 against the local server. */
function callHttp<N extends FunctionName>(name: N, input: FunctionRequest<N>): Promise<CallResult<N>> {
  return withDevToken((token) => postJson(`/api/${name}`, input, token));
}

/**
 * Local mode's stand-in for cloud storage: the raw bytes, their type as the browser knows it and
 * the name (URL-encoded) go to `/api/_upload`, which answers the file's id. H5 only.
 */
export function uploadLocalFile(file: Blob, name: string): Promise<Envelope<{ fileId: string }>> {
  return withDevToken(async (token) => {
    const res = await fetch('/api/_upload', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
      },
      body: file,
    });
    return res.json();
  });
}

/** The one way the app reaches a function. */
export function call<N extends FunctionName>(name: N, input: FunctionRequest<N>): Promise<CallResult<N>> {
  return process.env.TARO_ENV === 'weapp' ? callCloud(name, input) : callHttp(name, input);
}

/** Local mode's dev-only routes (the local inbox), with this browser's dev identity. H5 only. */
export async function callDev<T>(route: string, body: object = {}): Promise<Envelope<T>> {
  try {
    const token = await devToken(false);
    if (!token) return networkError();
    const reply = await postJson(`/api/_dev/${route}`, body, token);
    return isEnvelope<T>(reply) ? reply : networkError();
  } catch {
    return networkError();
  }
}
