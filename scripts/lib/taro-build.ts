import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

const SOURCES = ['miniprogram', 'types', 'config', 'babel.config.js', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), s.mtimeMs);
}

/** True when the build output is missing or older than any source it is built from. */
export function isBuildStale(type: 'h5' | 'weapp'): boolean {
  const marker = join(ROOT, 'dist', type, type === 'h5' ? 'index.html' : 'app.json');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/**
 * Runs `taro build`; its ANSI progress goes to a log file, not the terminal.
 * Throws with the log's tail when the build fails.
 */
export function taroBuild(type: 'h5' | 'weapp', env: NodeJS.ProcessEnv = process.env): void {
  const logDir = join(ROOT, 'dist');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `build-${type}.log`);
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', type], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production', FORCE_COLOR: '0', CI: 'true' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`taro build --type ${type} failed (log: ${logFile}):\n${tail}`);
  }
}
