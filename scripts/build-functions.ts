import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib/taro-build';

/** Code that must never reach a cloud bundle: the local runtime and its native SQLite driver. */
const LOCAL_ONLY = [/node_modules\/better-sqlite3\//, /^server\/local\//, /^server\/adapters\/sqlite\//];

/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/ as WeChat DevTools
 * uploads it: index.js exporting main, package.json listing wx-server-sdk (installed in the cloud), config.json.
 */
export async function buildFunctions(): Promise<{ name: string; bytes: number }[]> {
  const srcRoot = join(ROOT, 'cloudfunctions');
  const outRoot = join(ROOT, 'dist', 'cloudfunctions');
  rmSync(outRoot, { recursive: true, force: true });
  const names = readdirSync(srcRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(srcRoot, d.name, 'index.ts')))
    .map((d) => d.name);
  const built: { name: string; bytes: number }[] = [];
  for (const name of names) {
    const outDir = join(outRoot, name);
    mkdirSync(outDir, { recursive: true });
    const result = await build({
      entryPoints: [join(srcRoot, name, 'index.ts')],
      outfile: join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      metafile: true,
      legalComments: 'none',
      logLevel: 'warning',
      absWorkingDir: ROOT,
    });
    const leaked = Object.keys(result.metafile.inputs).filter((input) => LOCAL_ONLY.some((re) => re.test(input)));
    if (leaked.length) throw new Error(`cloud function ${name} bundles local-only code: ${leaked.join(', ')}`);
    copyFileSync(join(srcRoot, name, 'config.json'), join(outDir, 'config.json'));
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } };
    writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    built.push({ name, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes });
  }
  return built;
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const f of built) console.log(`cloud function ${f.name}: ${(f.bytes / 1024).toFixed(1)} KB`);
    })
    .catch((err: Error) => {
      console.error(err.message);
      process.exit(1);
    });
}
