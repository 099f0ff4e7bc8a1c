import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_VIDEO_BYTES } from '../domain/complaints/evidence-rules';
import { AppError } from '../domain/app-error';
import type { LinkSigner } from '../adapters/files/signed-link';
import type { Caller } from '../ports/caller';
import type { Clock } from '../ports/clock';
import type { FileStore } from '../ports/file-store';
import { readBytes } from './read-body';

/** The largest file evidence may be (a 50 MB video): the upload route's own limit, above the JSON routes' 1 MB. */
export const MAX_UPLOAD_BYTES = MAX_VIDEO_BYTES;

export interface FileRoutes {
  /** `POST /api/_upload`: raw bytes, the browser's Content-Type, the name URL-encoded in X-File-Name. */
  upload(req: IncomingMessage, res: ServerResponse, caller: Caller | null): Promise<void>;
  /** `GET /files/<fileId>?exp=…&sig=…`: a short-lived link made for the uploader or staff. */
  serve(req: IncomingMessage, res: ServerResponse, fileId: string): Promise<void>;
}

export interface FileRouteDeps {
  files: FileStore;
  signer: LinkSigner;
  clock: Clock;
  upload: (upload: { bytes: Uint8Array; name: string; mime: string }, caller: Caller) => Promise<{ fileId: string }>;
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(value));
}

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

function fileName(header: string | string[] | undefined): string {
  try {
    // Path separators and control characters go: the name is only shown, never used as a path.
    const chars = [...decodeURIComponent(String(header ?? ''))].map((c) => (c < ' ' || c === '/' || c === '\\' ? '_' : c));
    return chars.join('').trim().slice(0, 120) || 'upload';
  } catch {
    return 'upload';
  }
}

/** Only pictures and videos are ever served under their own type; anything else downloads as bytes. */
const servedType = (mime: string) => (/^(image|video)\/[\w.+-]+$/.test(mime) ? mime : 'application/octet-stream');

/** A single `bytes=` range within `size`, or null when there is none or it cannot be satisfied. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'UNSATISFIABLE' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start > end || start >= size ? 'UNSATISFIABLE' : { start, end };
}

/** Evidence in the local runtime: the upload that stands in for cloud storage, and the links that open a file. */
export function createFileRoutes(deps: FileRouteDeps): FileRoutes {
  return {
    async upload(req, res, caller) {
      if (!caller) return json(res, 403, refusal('FORBIDDEN', '请先登录再上传'));
      const body = await readBytes(req, MAX_UPLOAD_BYTES);
      if (body === 'TOO_LARGE') return json(res, 413, refusal('INVALID_INPUT', '文件过大：不能超过 50 MB'), { connection: 'close' });
      if (body === 'ABORTED') return json(res, 400, refusal('INVALID_INPUT', '文件没有传完，请重试'), { connection: 'close' });
      const mime = String(req.headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase();
      try {
        return json(res, 200, {
          ok: true,
          data: await deps.upload({ bytes: body.bytes, name: fileName(req.headers['x-file-name']), mime }, caller),
        });
      } catch (err) {
        if (err instanceof AppError) return json(res, err.code === 'RATE_LIMITED' ? 429 : 400, refusal(err.code, err.userMessage));
        throw err;
      }
    },

    async serve(req, res, fileId) {
      const url = new URL(req.url ?? '/', 'http://local');
      if (!deps.signer.verify(fileId, url.searchParams.get('exp'), url.searchParams.get('sig'), deps.clock.now())) {
        return void res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('链接无效或已过期');
      }
      const found = await deps.files.get(fileId);
      if (!found) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('文件不存在');
      const { bytes, file } = found;
      const range = parseRange(req.headers.range, bytes.length);
      const headers = {
        'content-type': servedType(file.mime),
        'accept-ranges': 'bytes',
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      };
      if (range === 'UNSATISFIABLE') return void res.writeHead(416, { ...headers, 'content-range': `bytes */${bytes.length}` }).end();
      const part = range ? bytes.subarray(range.start, range.end + 1) : bytes;
      res.writeHead(range ? 206 : 200, {
        ...headers,
        'content-length': String(part.length),
        ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${bytes.length}` } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : part);
    },
  };
}
