import { statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startTempServer } from '../lib/temp-server';

interface Latency {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  rps: number;
  non2xx: number;
}

async function run(url: string, makeBody: () => string, tokens: string[], amount: number, connections = 10): Promise<Latency> {
  let n = 0;
  const result = await autocannon({
    url: `${url}api/lookup`,
    connections,
    amount,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n++ % tokens.length]}` },
          body: makeBody(),
        }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    rps: Math.round(result.requests.average),
    non2xx: result.non2xx,
  };
}

/** Look-up latency through the local HTTP server (SQLite, sandbox carrier): answered from the store vs asking the carrier. */
export async function benchLookup(): Promise<{
  cached: Latency;
  cached100Connections: Latency;
  uncached: Latency;
  walMBAfterLoad: number;
}> {
  const server = await startTempServer();
  try {
    // Many users, so the per-user rate limit does not shape the figures.
    const tokens = Array.from({ length: 400 }, () => server.newUserToken());
    const cachedNo = 'YT7530129834561';
    await fetch(`${server.url}api/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
      body: JSON.stringify({ waybillNo: cachedNo }),
    });
    let seq = 0;
    const uncached = await run(
      server.url,
      () => JSON.stringify({ waybillNo: `YT${String(4000000000000 + 10 * seq++ + 1)}` }),
      tokens,
      3000,
    );
    const cached = await run(server.url, () => JSON.stringify({ waybillNo: cachedNo }), tokens, 6000);
    // 100 connections at once, spread over 400 users (each under its per-minute limit).
    const cached100Connections = await run(server.url, () => JSON.stringify({ waybillNo: cachedNo }), tokens, 10_000, 100);
    // The SQLite WAL must stay bounded under load (it once grew by ~4 KB per look-up).
    const walMBAfterLoad = Math.round(statSync(join(server.dataDir, 'parcelmate.sqlite-wal')).size / 1e4) / 100;
    return { cached, cached100Connections, uncached, walMBAfterLoad };
  } finally {
    await server.close();
  }
}
