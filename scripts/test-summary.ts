import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Sums what `npm test` ran: every jest test (unit, built output, browser) counts once, and each other
 * stage (typecheck, lint, builds) counts as one check. A jest stage that crashed before
 * writing its report counts as one failure.
 */
const dir = process.argv[2] ?? '.test-results';
const JEST_REPORTS: Record<string, string> = { jest: 'jest.json', built: 'built.json', e2e: 'e2e.json' };

let passed = 0;
let failed = 0;
const stages = readFileSync(join(dir, 'stages.tsv'), 'utf8').trim().split('\n');
for (const line of stages) {
  const [name, outcome] = line.split('\t');
  const report = JEST_REPORTS[name] ? join(dir, JEST_REPORTS[name]) : null;
  if (report && existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numRuntimeErrorTestSuites: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    if (outcome === 'fail' && r.numFailedTests + r.numRuntimeErrorTestSuites === 0) failed += 1;
  } else if (outcome === 'pass') {
    passed += 1;
  } else {
    failed += 1;
  }
  if (outcome === 'fail') console.log(`failed stage: ${name}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(dir, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
