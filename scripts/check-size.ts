import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/taro-build';

/** Our budget for the main package (WeChat allows 2 MB; issue 12 keeps the first open fast): subpackages are counted separately. */
export const MAIN_PACKAGE_LIMIT = 450 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Bytes of the weapp build outside the subpackage roots declared in app.json. */
export function mainPackageBytes(weappDir: string): number {
  const app = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => p.root.replace(/\/?$/, '/'));
  return filesUnder(weappDir)
    .filter((file) => !file.endsWith('.map'))
    .filter((file) => !roots.some((root) => relative(weappDir, file).startsWith(root)))
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Prints the main package size; false when it is over WeChat's limit. */
export function reportMainPackageSize(weappDir = join(ROOT, 'dist', 'weapp')): boolean {
  const bytes = mainPackageBytes(weappDir);
  const ok = bytes <= MAIN_PACKAGE_LIMIT;
  console.log(`weapp main package: ${(bytes / 1024).toFixed(1)} KB (limit ${MAIN_PACKAGE_LIMIT / 1024} KB)${ok ? '' : ' — TOO BIG'}`);
  return ok;
}
