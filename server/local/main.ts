import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createAllFunctions, createAllHttp, createAllTimers } from '../functions';
import { systemClock } from '../adapters/system/system-clock';
import { createDevSessions } from './dev-session';
import { createDevRoutes } from './dev-routes';
import { createHttpGateway } from './http-gateway';
import { buildLocalDeps, devSessionSecret } from './local-deps';
import { createStaticHandler } from './static-files';
import { createFileRoutes } from './file-routes';
import { createUploadEvidence } from '../use-cases/complaints/upload-evidence.use-case';
import { readTimerSchedules, startTimers } from './timers';

export interface LocalServerOptions {
  port: number;
  host: string;
  dataDir: string;
  h5Dir: string;
  /** The staff console's build, served at /console/. */
  consoleDir?: string;
  functionsRoot: string;
  env: NodeJS.ProcessEnv;
  /** Whether timers run on their schedules (tests drive them through the dev route instead). */
  runTimers: boolean;
  /** How long a client may take to send its headers, and its whole request; slow or stalled clients are cut off. */
  timeouts?: { headersMs: number; requestMs: number };
}

const TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 };

/** Starts the whole product on one machine: H5 app, functions over HTTP, timers. */
export async function startLocalServer(options: LocalServerOptions) {
  const deps = buildLocalDeps(options.env, options.dataDir);
  const functions = createAllFunctions(deps);
  const timers = createAllTimers(deps);
  // Sessions expire in real time, whatever the dev clock says.
  const sessions = createDevSessions(devSessionSecret(options.env, options.dataDir), deps.ids, systemClock);
  const devRoutes = devRoutesAllowed(options.host, options.env) ? createDevRoutes(deps, timers) : null;
  if (devRoutes && !isLoopback(options.host)) {
    deps.log.warn(
      { host: options.host },
      'DEV_ROUTES=1 on a non-loopback address: anyone who can reach this server can mint identities, move the clock and run timers',
    );
  }
  const scheduled = options.runTimers
    ? startTimers(readTimerSchedules(options.functionsRoot), timers, () => deps.clock.now(), deps.log)
    : { stop() {} };

  const timeouts = options.timeouts ?? TIMEOUTS;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    createHttpGateway({
      functions,
      sessions,
      devRoutes,
      http: createAllHttp(deps),
      serveStatic: createStaticHandler(options.h5Dir),
      files: createFileRoutes({ ...deps, signer: deps.linkSigner, upload: createUploadEvidence(deps) }),
      serveConsole: options.consoleDir
        ? createStaticHandler(options.consoleDir, 'Console build missing: run `npm run build:console`')
        : undefined,
      log: deps.log,
    }),
  );
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((done) => {
      scheduled.stop();
      server.close(() => {
        deps.close();
        done();
      });
      server.closeAllConnections();
    });
    return closing;
  };
  return { url: `http://${options.host}:${port}/`, port, close, deps };
}

export function localOptionsFromEnv(env: NodeJS.ProcessEnv, root: string): LocalServerOptions {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(root, env.DATA_DIR ?? 'data'),
    h5Dir: resolve(root, 'dist/h5'),
    consoleDir: resolve(root, 'dist/console'),
    functionsRoot: resolve(root, 'cloudfunctions'),
    env,
    runTimers: env.RUN_TIMERS !== '0',
  };
}

/** Loopback addresses: only this machine can reach a server bound to them. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Dev login and dev routes exist only when nobody else can reach them, or when asked for by name. */
export function devRoutesAllowed(host: string, env: NodeJS.ProcessEnv): boolean {
  return isLoopback(host) || env.DEV_ROUTES === '1';
}
