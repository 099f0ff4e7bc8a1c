import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { ROOT } from './lib/taro-build';

/** Code that must never reach a cloud bundle: the local runtime and its native SQLite driver. */
const LOCAL_ONLY = [/node_modules\/better-sqlite3\//, /^server\/local\//, /^server\/adapters\/sqlite\//];

/** What each deployed index.js may weigh: it is read and compiled on every cold start. */
export const BUNDLE_LIMIT = 300 * 1024;
/**
 * The functions that take payments also carry wechatpay-node-v3 (~27 KB minified, its transport
 * stubbed out): they may weigh that much more, and only they (README: Bundles).
 */
export const PAYMENT_ALLOWANCE = 32 * 1024;

export function bundleLimit(f: Pick<BuiltFunction, 'takesPayments'>): number {
  return BUNDLE_LIMIT + (f.takesPayments ? PAYMENT_ALLOWANCE : 0);
}

/**
 * Functions whose job needs more, each with its reason. checkEvidence reads the bytes of photos
 * and videos: file-type and GPAC's MP4 parser (mp4box, whose sample tables catch a cut-off
 * video) weigh ~250 KB, kept out of every other bundle (server/functions/deps.ts EvidenceDeps).
 */
export const BUNDLE_LIMITS: Record<string, number> = {
  checkEvidence: 560 * 1024,
  // The staff console's whole API is one HTTP function (complaints, intercepts with their refunds,
  // reports): few callers, rare cold starts, and one deployment instead of a dozen.
  console: 400 * 1024,
};
export const limitOf = (f: Pick<BuiltFunction, 'name' | 'takesPayments'>) => BUNDLE_LIMITS[f.name] ?? bundleLimit(f);

/**
 * `import { z } from 'zod'` binds zod's namespace re-export, which esbuild cannot tree-shake: every
 * bundle got all of zod with its 40 locales (~740 KB). `import * as z from 'zod'` is the same API
 * and shakes down to the schemas we use. Rewritten in our sources at bundle time, so no file has to remember it.
 */
export function namespaceZodImports(source: string): string {
  return source.replace(/import\s*\{([^}]*)\}\s*from\s*'(zod(?:\/v4)?)';?/g, (whole, list: string, from: string) => {
    const names = list
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!names.includes('z')) return whole;
    const rest = names.filter((n) => n !== 'z');
    return `import * as z from '${from}';${rest.length ? ` import { ${rest.join(', ')} } from '${from}';` : ''}`;
  });
}

const zodNamespaceImport: Plugin = {
  name: 'zod-namespace-import',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      return { contents: namespaceZodImports(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
  },
};

/** wechatpay-node-v3's own transport, replaced by ours at construction (createHttp): a stub in the bundles. */
const wechatpayTransportStub: Plugin = {
  name: 'wechatpay-transport-stub',
  setup(b) {
    b.onResolve({ filter: /^\.\/lib\/pay-request$/ }, (args) =>
      args.importer.includes('node_modules/wechatpay-node-v3/')
        ? { path: join(ROOT, 'scripts/bundle-stubs/wechatpay-pay-request.js') }
        : undefined,
    );
  },
};

/** esbuild settings shared by the deployable bundles and the cold-start measurement. */
export function cloudBundleOptions(entry: string, outfile: string): BuildOptions & { metafile: true } {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    // pino's own console build: Node pino also loads its worker-thread transport machinery (~60 KB) we never use there.
    // wechatpay-node-v3 loads superagent and @fidm/x509 that our use of it never calls (scripts/bundle-stubs/).
    alias: {
      pino: 'pino/browser.js',
      superagent: './scripts/bundle-stubs/superagent.js',
      '@fidm/x509': './scripts/bundle-stubs/fidm-x509.js',
    },
    plugins: [zodNamespaceImport, wechatpayTransportStub],
    minify: true,
    // Chinese text as UTF-8, not \uXXXX escapes (half the bytes for the regions table and messages).
    charset: 'utf8',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  };
}

export function functionNames(srcRoot = join(ROOT, 'cloudfunctions')): string[] {
  return readdirSync(srcRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(srcRoot, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/ as WeChat DevTools
 * uploads it: index.js exporting main, package.json listing wx-server-sdk (installed in the cloud), config.json.
 * Each function is self-contained (see README: WeChat: open, deploy — why not a shared layer).
 */
export interface BuiltFunction {
  name: string;
  bytes: number;
  /** The five packages or source folders weighing most in the bundle, heaviest first. */
  heaviest: { input: string; bytes: number }[];
  /** Whether it carries the WeChat Pay library. */
  takesPayments: boolean;
}

/** Bytes per package (node_modules/<pkg>) or source folder (server/domain), from esbuild's metafile. */
function heaviestInputs(inputs: Record<string, { bytesInOutput: number }>): BuiltFunction['heaviest'] {
  const by = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const key = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
    by.set(key, (by.get(key) ?? 0) + bytesInOutput);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([input, bytes]) => ({ input, bytes }));
}

export async function buildFunctions(): Promise<BuiltFunction[]> {
  const srcRoot = join(ROOT, 'cloudfunctions');
  const outRoot = join(ROOT, 'dist', 'cloudfunctions');
  rmSync(outRoot, { recursive: true, force: true });
  const built: BuiltFunction[] = [];
  for (const name of functionNames(srcRoot)) {
    const outDir = join(outRoot, name);
    mkdirSync(outDir, { recursive: true });
    const result = await build(cloudBundleOptions(join(srcRoot, name, 'index.ts'), join(outDir, 'index.js')));
    const leaked = Object.keys(result.metafile.inputs).filter((input) => LOCAL_ONLY.some((re) => re.test(input)));
    if (leaked.length) throw new Error(`cloud function ${name} bundles local-only code: ${leaked.join(', ')}`);
    copyFileSync(join(srcRoot, name, 'config.json'), join(outDir, 'config.json'));
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~4.0.2' } };
    writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const output = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]];
    const takesPayments = Object.keys(output.inputs).some((input) => input.includes('node_modules/wechatpay-node-v3/'));
    built.push({ name, bytes: output.bytes, heaviest: heaviestInputs(output.inputs), takesPayments });
  }
  return built;
}

/** Prints each bundle's size; false when one is over the limit. */
export function reportBundleSizes(built: BuiltFunction[]): boolean {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const over = built.filter((f) => f.bytes > limitOf(f));
  for (const f of built) {
    if (f.bytes <= limitOf(f))
      console.log(
        `cloud function ${f.name}: ${kb(f.bytes)}${BUNDLE_LIMITS[f.name] ? ` (limit ${kb(limitOf(f))}, see BUNDLE_LIMITS)` : f.takesPayments ? ' (takes payments)' : ''}`,
      );
    else
      console.log(
        `cloud function ${f.name}: ${kb(f.bytes)} — TOO BIG; heaviest: ${f.heaviest.map((h) => `${h.input} ${kb(h.bytes)}`).join(', ')}`,
      );
  }
  console.log(
    `cloud functions: ${built.length}, largest ${(Math.max(...built.filter((f) => !BUNDLE_LIMITS[f.name]).map((f) => f.bytes)) / 1024).toFixed(1)} KB (limit ${BUNDLE_LIMIT / 1024} KB, ${bundleLimit({ takesPayments: true }) / 1024} KB with WeChat Pay; ${Object.keys(BUNDLE_LIMITS).join(', ')} excepted)`,
  );
  return over.length === 0;
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      if (!reportBundleSizes(built)) process.exitCode = 1;
    })
    .catch((err: Error) => {
      console.error(err.message);
      process.exit(1);
    });
}
