import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Runs in a fresh Node process (bundled by the test next to the function bundles): pins the
 * clock, loads one built `index.js` the way the 云开发 runtime does (`require`, then `main(event,
 * context)`), and writes what `main` answered. Usage: node driver.js job.json result.json
 */
export interface BundleJob {
  /** Absolute path of the built index.js. */
  bundle: string;
  fn: string;
  config: object;
  /** What Date.now() says during the run: both runtimes of a comparison see the same time. */
  nowMs: number;
  calls: { context: Record<string, string>; event: unknown }[];
}

export interface BundleRun {
  answers: unknown[];
  /** Time to load and evaluate the bundle, and each call's duration (the first one builds the deps). */
  requireMs: number;
  callMs: number[];
}

interface FakeHandle {
  setCall(call: { fn: string; context: Record<string, string>; config: object }): void;
  save(): void;
}

function pinClock(nowMs: number) {
  const RealDate = Date;
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(nowMs);
      else super(...(args as [string]));
    }
    static override now() {
      return nowMs;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
}

async function run(job: BundleJob): Promise<BundleRun> {
  pinClock(job.nowMs);
  const { __fake: fake } = require('wx-server-sdk') as { __fake: FakeHandle };
  const loadStart = performance.now();
  const mod = require(job.bundle) as { main?: unknown };
  const requireMs = performance.now() - loadStart;
  if (typeof mod.main !== 'function') throw new Error(`${job.bundle} does not export main (exports: ${Object.keys(mod).join(', ')})`);
  const main = mod.main as (event: unknown, context: object) => Promise<unknown>;
  const answers: unknown[] = [];
  const callMs: number[] = [];
  for (const call of job.calls) {
    fake.setCall({ fn: job.fn, context: call.context, config: job.config });
    const start = performance.now();
    // The runtime's second argument: request ids and the like, never the caller (that is getWXContext()).
    answers.push(await main(structuredClone(call.event), { request_id: `req-${answers.length + 1}`, function_name: job.fn }));
    callMs.push(performance.now() - start);
  }
  fake.save();
  return { answers, requireMs, callMs };
}

const [jobPath, resultPath] = process.argv.slice(2);
run(JSON.parse(readFileSync(jobPath, 'utf8')) as BundleJob)
  .then((result) => writeFileSync(resultPath, JSON.stringify(result)))
  .catch((err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  });
