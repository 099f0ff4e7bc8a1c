import { buildConsole, isConsoleStale } from './build-console';
import { isBuildStale, ROOT, taroBuild } from './lib/taro-build';
import { localOptionsFromEnv, startLocalServer } from '../server/local/main';

/** `npm start`: build the H5 app and the staff console if missing or stale, then serve the whole product locally. */
async function main() {
  if (isBuildStale('h5')) {
    console.log('Building the H5 app (first start takes a minute or two)…');
    taroBuild('h5');
  }
  if (isConsoleStale()) {
    console.log('Building the staff console…');
    await buildConsole();
  }
  const server = await startLocalServer(localOptionsFromEnv(process.env, ROOT));
  console.log(`ParcelMate is running at ${server.url} · staff console at ${server.url}console/`);
  console.log(`Data: ${localOptionsFromEnv(process.env, ROOT).dataDir} · Ctrl+C to stop`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: shutting down…`);
    server.close().then(() => process.exit(0));
  };
  // A fault that escapes every handler is logged, and the server keeps serving everyone else.
  process.on('uncaughtException', (err) => console.error('uncaught exception (still serving):', err));
  process.on('unhandledRejection', (err) => console.error('unhandled rejection (still serving):', err));
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
