import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One form POST (or GET) as a loopback aggregator saw it. */
export interface SeenForm {
  method: string;
  url: string;
  contentType: string;
  form: URLSearchParams;
}

export type ScriptedAnswer = { status?: number; body: string } | 'hang';

const servers: Server[] = [];

/** A loopback server for protocol tests: records each request and answers from a script ('hang' never answers). */
export async function startFormServer(answer: (req: SeenForm) => ScriptedAnswer): Promise<{ baseUrl: string; seen: SeenForm[] }> {
  const seen: SeenForm[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const s: SeenForm = {
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        form: new URLSearchParams(raw),
      };
      seen.push(s);
      const a = answer(s);
      if (a === 'hang') return;
      res.statusCode = a.status ?? 200;
      res.end(a.body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** Call from afterEach: closes every server started since. */
export async function closeFormServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))));
}
