import type { AppDeps } from './deps';

/** A function called over HTTP by another service (a carrier callback): raw body in, raw reply out, no user. */
export interface HttpRequest {
  /** Which vendor's format, from the path or query. */
  vendor: string;
  rawBody: string;
  /** Request headers, names lower-cased (WeChat Pay signs its notifications in them). */
  headers: Record<string, string>;
}

export interface HttpReply {
  status: number;
  contentType: string;
  body: string;
}

export type HttpHandler = (req: HttpRequest) => Promise<HttpReply>;
export type HttpFactory = (deps: AppDeps) => HttpHandler;
