/**
 * The architecture diagram in docs/ARCHITECTURE.md must say what the code does: this reads the
 * module graph from dependency-cruiser, folds it into layers, and fails when the diagram's arrows
 * and the code's differ (part of `npm run lint`). `--print` prints the block to paste.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const DOC = join(ROOT, 'docs', 'ARCHITECTURE.md');
const FOLDERS = ['server', 'miniprogram', 'types', 'cloudfunctions', 'config', 'console'];

/** Folder prefix → layer, most specific first. Tools (scripts/) and tests are left out of the picture. */
const LAYERS: [string, string][] = [
  ['server/domain/', 'domain'],
  ['server/ports/', 'ports'],
  ['server/use-cases/', 'use_cases'],
  ['server/adapters/', 'adapters'],
  ['server/functions/', 'functions'],
  ['server/cloud/', 'cloud_root'],
  ['server/local/', 'local_runtime'],
  ['cloudfunctions/', 'cloudfunctions'],
  ['miniprogram/', 'miniprogram'],
  ['console/', 'console'],
  ['types/', 'types'],
  ['config/', 'config'],
];

const layerOf = (path: string) => LAYERS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;

interface Cruised {
  modules: { source: string; dependencies: { resolved: string; coreModule?: boolean }[] }[];
}

export function codeArrows(): string[] {
  const json = execFileSync('npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...FOLDERS], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const arrows = new Set<string>();
  for (const mod of (JSON.parse(json) as Cruised).modules) {
    const from = layerOf(mod.source);
    if (!from) continue;
    for (const dep of mod.dependencies) {
      const to = dep.coreModule ? null : layerOf(dep.resolved);
      if (to && to !== from) arrows.add(`${from} --> ${to}`);
    }
  }
  return [...arrows].sort();
}

export function documentedArrows(markdown: string): string[] {
  const block = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\w+ --> \w+$/.test(line))
    .sort();
}

function main() {
  const code = codeArrows();
  if (process.argv.includes('--print')) {
    console.log(['```mermaid', 'flowchart TD', ...code.map((a) => `  ${a}`), '```'].join('\n'));
    return;
  }
  const doc = documentedArrows(readFileSync(DOC, 'utf8'));
  const missing = code.filter((a) => !doc.includes(a));
  const stale = doc.filter((a) => !code.includes(a));
  if (missing.length || stale.length) {
    console.error('docs/ARCHITECTURE.md does not match the code (npx tsx scripts/check-architecture.ts --print):');
    for (const a of missing) console.error(`  in the code, not in the diagram: ${a}`);
    for (const a of stale) console.error(`  in the diagram, not in the code: ${a}`);
    process.exit(1);
  }
  console.log(`architecture diagram matches the code (${code.length} arrows)`);
}

if (require.main === module) main();
