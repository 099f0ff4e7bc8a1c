import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { BundleJob, BundleRun } from './bundle-driver';
import { fileIdOf, type FakeCloudState, type SentMessage } from './fake-wx-server-sdk';

const exec = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
export const BUILT_FUNCTIONS = join(ROOT, 'dist', 'cloudfunctions');

export interface FunctionConfig {
  permissions?: { openapi?: string[] };
  triggers?: { name: string; type: string; config: string }[];
}

export interface BundleRunner {
  /** Built function names, from dist/cloudfunctions. */
  names: string[];
  config(fn: string): FunctionConfig;
  /** Loads `fn`'s index.js in a fresh Node process and calls its main once per call, at `nowMs`. */
  run(fn: string, calls: BundleJob['calls'], nowMs: number): Promise<BundleRun & { logs: unknown[] }>;
  /** What the functions sent through openapi.subscribeMessage.send so far. */
  sent(): SentMessage[];
  /** What the mini program's wx.cloud.uploadFile does: bytes at a path of its choice; answers the fileID. */
  clientUpload(cloudPath: string, bytes: Buffer): string;
  /** A document put in the database by hand, as an operator would (staff accounts). */
  seed(collection: string, id: string, doc: object): void;
  close(): void;
}

/**
 * A throwaway 云开发 environment for the built bundles: each function folder copied out of the
 * repository (so nothing resolves from our node_modules), `wx-server-sdk` resolved to the fake,
 * one state file shared by all of them. `env` is what the functions' environment variables would be.
 */
export async function prepareBundleRunner(env: Record<string, string>, functionsDir = BUILT_FUNCTIONS): Promise<BundleRunner> {
  if (!existsSync(functionsDir)) throw new Error(`${functionsDir} is missing: run npx tsx scripts/build.ts functions first`);
  const dir = mkdtempSync(join(tmpdir(), 'cloud-bundles-'));
  const sdkDir = join(dir, 'node_modules', 'wx-server-sdk');
  mkdirSync(sdkDir, { recursive: true });
  const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node16', logLevel: 'warning' as const };
  await build({ ...common, entryPoints: [join(__dirname, 'fake-wx-server-sdk.ts')], outfile: join(sdkDir, 'fake.js') });
  // The real SDK is a plain CommonJS object (no __esModule, no default): so is the fake.
  writeFileSync(join(sdkDir, 'index.js'), "module.exports = require('./fake.js').default;\n");
  writeFileSync(join(sdkDir, 'package.json'), JSON.stringify({ name: 'wx-server-sdk', version: '4.0.2-fake', main: 'index.js' }));
  // The driver finds wx-server-sdk at run time, in the folder above: the fake.
  await build({
    ...common,
    entryPoints: [join(__dirname, 'bundle-driver.ts')],
    outfile: join(dir, 'driver.js'),
    external: ['wx-server-sdk'],
  });

  const names = readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'index.js')));
  for (const name of names) cpSync(join(functionsDir, name), join(dir, 'functions', name), { recursive: true });
  const statePath = join(dir, 'cloud-state.json');
  const readState = (): FakeCloudState =>
    existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as FakeCloudState) : { collections: {}, files: {}, sent: [] };
  const config = (fn: string) => JSON.parse(readFileSync(join(dir, 'functions', fn, 'config.json'), 'utf8')) as FunctionConfig;

  return {
    names,
    config,
    async run(fn, calls, nowMs) {
      const job: BundleJob = { bundle: join(dir, 'functions', fn, 'index.js'), fn, config: config(fn), nowMs, calls };
      const jobPath = join(dir, `job-${fn}.json`);
      const resultPath = join(dir, `result-${fn}.json`);
      rmSync(resultPath, { force: true });
      writeFileSync(jobPath, JSON.stringify(job));
      let stdout: string;
      try {
        ({ stdout } = await exec(process.execPath, [join(dir, 'driver.js'), jobPath, resultPath], {
          cwd: dir,
          // Not the machine's zone: a time that depends on the process's zone must show up as a difference.
          env: { ...env, FAKE_CLOUD_STATE: statePath, TZ: 'UTC' },
          maxBuffer: 16 * 1024 * 1024,
        }));
      } catch (err) {
        const e = err as { stderr?: string; message: string };
        throw new Error(`cloud function ${fn} failed in its own process:\n${e.stderr || e.message}`);
      }
      // What 云开发 would keep as the function's log: one line per record.
      const logs = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          try {
            return JSON.parse(line) as unknown;
          } catch {
            return line;
          }
        });
      return { ...(JSON.parse(readFileSync(resultPath, 'utf8')) as BundleRun), logs };
    },
    sent: () => (existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as FakeCloudState).sent : []),
    clientUpload(cloudPath, bytes) {
      const state = readState();
      state.files[fileIdOf(cloudPath)] = bytes.toString('base64');
      writeFileSync(statePath, JSON.stringify(state));
      return fileIdOf(cloudPath);
    },
    seed(collection, id, doc) {
      const state = readState();
      (state.collections[collection] ??= {})[id] = { ...doc, _id: id, _v: 1 };
      writeFileSync(statePath, JSON.stringify(state));
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
