import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib/taro-build';

export const CONSOLE_SRC = join(ROOT, 'console');
export const CONSOLE_OUT = join(ROOT, 'dist', 'console');
const SOURCES = ['console', 'types', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), s.mtimeMs);
}

/** True when the console's build is missing or older than anything it is built from. */
export function isConsoleStale(): boolean {
  const marker = join(CONSOLE_OUT, 'app.js');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/**
 * The staff console (React + TDesign) into dist/console/: app.js, app.css and index.html, a
 * static site served at /console/ locally and from 云开发 static hosting in the cloud.
 */
export async function buildConsole(): Promise<{ files: { name: string; bytes: number }[] }> {
  rmSync(CONSOLE_OUT, { recursive: true, force: true });
  mkdirSync(CONSOLE_OUT, { recursive: true });
  const result = await build({
    entryPoints: { app: join(CONSOLE_SRC, 'src', 'main.tsx') },
    outdir: CONSOLE_OUT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome100', 'safari15', 'firefox100'],
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    charset: 'utf8',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file' },
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  copyFileSync(join(CONSOLE_SRC, 'index.html'), join(CONSOLE_OUT, 'index.html'));
  const files = Object.entries(result.metafile.outputs)
    .filter(([name]) => !name.endsWith('.map'))
    .map(([name, o]) => ({ name: name.replace(/^dist\/console\//, ''), bytes: o.bytes }));
  return { files };
}

export function reportConsole({ files }: { files: { name: string; bytes: number }[] }): void {
  console.log(`console: ${files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
}
