/**
 * A local server in its own process, for tests that kill it: `DATA_DIR` from the environment, a
 * free port, timers driven by hand. Prints one line `{"url": …}` once it listens.
 */
import { join } from 'node:path';
import { startLocalServer } from '../../server/local/main';

const root = join(__dirname, '..', '..');
startLocalServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.DATA_DIR!,
  h5Dir: join(root, 'dist', 'h5'),
  functionsRoot: join(root, 'cloudfunctions'),
  env: { ...process.env, LOG_LEVEL: 'silent' },
  runTimers: false,
}).then((server) => console.log(JSON.stringify({ url: server.url })));
