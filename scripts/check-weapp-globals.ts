import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter } from 'eslint';
import { ROOT } from './lib/taro-build';

/** Globals a browser has and WeChat's logic layer does not: touching one throws a ReferenceError in WeChat. */
export const BROWSER_ONLY_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'location', 'navigator', 'history'];

/**
 * Taro's own runtime: the webpack bootstrap (runtime.js) and Taro's chunk (taro.js) probe for
 * `window` behind `typeof` guards and bring their own document. Everything else is ours or a
 * library we chose, and must not touch browser globals.
 */
const TARO_RUNTIME = new Set(['runtime.js', 'taro.js']);

export interface GlobalUse {
  file: string;
  name: string;
  line: number;
  column: number;
  excerpt: string;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsFiles(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

/**
 * References to browser-only globals in the built weapp outside Taro's runtime, found by scope
 * analysis (ESLint's no-restricted-globals), so a local variable named `location` is not one.
 * `typeof window` is a safe probe and is not reported.
 */
export function findBrowserGlobals(weappDir = join(ROOT, 'dist', 'weapp')): GlobalUse[] {
  const linter = new Linter({ configType: 'flat' });
  const config = {
    languageOptions: { ecmaVersion: 2022 as const, sourceType: 'script' as const },
    rules: { 'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS] as Linter.RuleEntry },
  };
  const found: GlobalUse[] = [];
  for (const path of jsFiles(weappDir)) {
    const file = relative(weappDir, path);
    if (TARO_RUNTIME.has(file)) continue;
    const source = readFileSync(path, 'utf8');
    const lines = source.split('\n');
    for (const m of linter.verify(source, config)) {
      if (m.fatal) throw new Error(`${file} does not parse: ${m.message}`);
      const text = lines[m.line - 1] ?? '';
      const at = m.column - 1;
      if (/typeof\s*$/.test(text.slice(Math.max(0, at - 8), at))) continue;
      const name = /'([^']+)'/.exec(m.message)?.[1] ?? '?';
      found.push({ file, name, line: m.line, column: m.column, excerpt: text.slice(Math.max(0, at - 40), at + 40) });
    }
  }
  return found;
}

/** Prints what it finds; false when the weapp uses a browser-only global. */
export function reportBrowserGlobals(weappDir?: string): boolean {
  const found = findBrowserGlobals(weappDir);
  for (const f of found) console.log(`weapp uses browser-only '${f.name}' in ${f.file}:${f.line}:${f.column}: …${f.excerpt}…`);
  if (!found.length) console.log('weapp browser-only globals: none outside the Taro runtime');
  return found.length === 0;
}

if (require.main === module && !reportBrowserGlobals()) process.exitCode = 1;
