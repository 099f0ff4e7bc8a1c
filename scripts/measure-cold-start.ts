import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { FUNCTION_NAMES } from '../types/functions';
import { FUNCTION_ENV, START_MS } from '../test/bundles/scenario';
import { BUILT_FUNCTIONS, prepareBundleRunner } from '../test/bundles/bundle-runner';
import { cloudBundleOptions } from './build-functions';
import { ROOT } from './lib/taro-build';

/**
 * Cold start of a cloud function, one function per name (as deployed) against every user
 * function grouped into one bundle that routes on `event.$fn`: a fresh Node process per start,
 * time to load the bundle and to answer its first call (which builds the deps).
 * Usage: npx tsx scripts/build.ts functions && npx tsx scripts/measure-cold-start.ts [runs]
 */
const RUNS = Number(process.argv[2] ?? 7);
const GROUPED_ENTRY = `
import { cloudFunction } from './server/cloud/cloud-function';
import { createAllFunctions } from './server/functions';
import type { FunctionName } from './types/functions';
const routes = new Map<string, (event: unknown) => Promise<unknown>>();
const route = (name: FunctionName) => routes.get(name) ?? routes.set(name, cloudFunction((deps) => createAllFunctions(deps)[name])).get(name)!;
export const main = (event: { $fn: FunctionName }) => route(event.$fn)(event);
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  const fns = join(dir, 'functions');
  try {
    for (const name of ['lookup', 'listParcels']) cpSync(join(BUILT_FUNCTIONS, name), join(fns, name), { recursive: true });
    mkdirSync(join(fns, 'grouped'), { recursive: true });
    const options = cloudBundleOptions('grouped.ts', join(fns, 'grouped', 'index.js'));
    delete options.entryPoints;
    await build({ ...options, stdin: { contents: GROUPED_ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'grouped.ts' } });
    cpSync(join(BUILT_FUNCTIONS, 'lookup', 'config.json'), join(fns, 'grouped', 'config.json'));
    writeFileSync(join(fns, 'grouped', 'package.json'), '{"main":"index.js"}');

    const runner = await prepareBundleRunner(FUNCTION_ENV, fns);
    const context = { OPENID: 'o_cold_start', APPID: 'wx0123456789abcdef' };
    const variants = [
      { label: 'lookup (one function per name)', fn: 'lookup', event: { waybillNo: 'YT7530129834561' } },
      { label: 'lookup (all user functions grouped)', fn: 'grouped', event: { $fn: 'lookup', waybillNo: 'YT7530129834561' } },
      { label: 'listParcels (one function per name)', fn: 'listParcels', event: {} },
      { label: 'listParcels (all user functions grouped)', fn: 'grouped', event: { $fn: 'listParcels' } },
    ];
    const samples = new Map(variants.map((v) => [v.label, { load: [] as number[], first: [] as number[], process: [] as number[] }]));
    for (let i = 0; i < RUNS; i += 1) {
      for (const v of variants) {
        const start = performance.now();
        const run = await runner.run(v.fn, [{ context, event: v.event }], START_MS);
        const s = samples.get(v.label)!;
        s.process.push(performance.now() - start);
        s.load.push(run.requireMs);
        s.first.push(run.callMs[0]);
      }
    }
    console.log(`cold start, median of ${RUNS} fresh processes (${FUNCTION_NAMES.length} user functions):`);
    for (const v of variants) {
      const s = samples.get(v.label)!;
      const kb = statSync(join(fns, v.fn, 'index.js')).size / 1024;
      const fmt = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
      console.log(
        `  ${v.label.padEnd(42)} ${kb.toFixed(1).padStart(6)} KB  load ${fmt(median(s.load))}  first call ${fmt(median(s.first))}  whole process ${fmt(median(s.process))}`,
      );
    }
    runner.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
