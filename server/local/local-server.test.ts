import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawRequest } from '../../test/support/raw-http';
import { devRoutesAllowed, isLoopback, startLocalServer } from './main';

test('regression: slow-body connections were never timed out; a client that stops sending is cut off', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pm-timeouts-'));
  const server = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    h5Dir: join(dataDir, 'no-h5'),
    functionsRoot: join(__dirname, '../../cloudfunctions'),
    env: { LOG_LEVEL: 'silent' },
    runTimers: false,
    timeouts: { headersMs: 300, requestMs: 600 },
  });
  try {
    const started = Date.now();
    // Promises ten bytes of body, sends two, then nothing.
    const status = await rawRequest(
      server.port,
      'POST /api/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n',
      '{"',
      10_000,
    );
    expect([0, 408]).toContain(status);
    expect(Date.now() - started).toBeLessThan(5_000);
    // Headers that never finish are cut off too.
    expect([0, 408]).toContain(await rawRequest(server.port, 'GET / HTTP/1.1\r\nHost: x\r\n', '', 10_000));
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('dev login and dev routes only where nobody else can reach them, or when asked for by name', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(devRoutesAllowed(host, {})).toBe(true);
  for (const host of ['0.0.0.0', '::', '192.168.1.20']) expect(devRoutesAllowed(host, {})).toBe(false);
  expect(devRoutesAllowed('0.0.0.0', { DEV_ROUTES: '1' })).toBe(true);
  expect(isLoopback('127.0.0.1.evil.com')).toBe(false);
});
