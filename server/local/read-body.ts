import type { IncomingMessage } from 'node:http';

export type BodyProblem = 'TOO_LARGE' | 'ABORTED';

/**
 * The request body as text, up to `maxBytes`. A declared or actual size over the limit answers
 * TOO_LARGE at once; the rest of the upload is drained (not kept) so the client reads our answer
 * instead of a reset socket, and the server's request timeout bounds how long that may take.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<{ text: string } | BodyProblem> {
  const raw = await readBytes(req, maxBytes);
  return typeof raw === 'string' ? raw : { text: raw.bytes.toString('utf8') };
}

/** The request body as bytes, up to `maxBytes`, with the same refusals as `readBody`. */
export function readBytes(req: IncomingMessage, maxBytes: number): Promise<{ bytes: Buffer } | BodyProblem> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: { bytes: Buffer } | BodyProblem) => {
      if (done) return;
      done = true;
      if (result === 'TOO_LARGE') chunks.length = 0;
      resolve(result);
    };
    req.on('error', () => finish('ABORTED'));
    req.on('aborted', () => finish('ABORTED'));
    req.on('close', () => finish(req.complete ? { bytes: Buffer.concat(chunks) } : 'ABORTED'));
    req.on('end', () => finish({ bytes: Buffer.concat(chunks) }));
    req.on('data', (chunk: Buffer) => {
      if (done) return; // draining what is left of a refused upload
      size += chunk.length;
      if (size > maxBytes) finish('TOO_LARGE');
      else chunks.push(chunk);
    });
    if (Number.isFinite(declared) && declared > maxBytes) finish('TOO_LARGE');
  });
}
