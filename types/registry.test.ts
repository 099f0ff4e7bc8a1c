import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_NAMES, HTTP_FUNCTION_NAMES, TIMER_FUNCTION_NAMES } from './functions';

const root = join(__dirname, '..');
const functionDirs = readdirSync(join(root, 'cloudfunctions'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const timerDirs = functionDirs.filter((name) => {
  const config = JSON.parse(readFileSync(join(root, 'cloudfunctions', name, 'config.json'), 'utf8')) as { triggers?: unknown[] };
  return (config.triggers ?? []).length > 0;
});

describe('function registry and cloudfunctions/ agree', () => {
  it.each(FUNCTION_NAMES)('registry entry %s has a cloud function folder with index.ts and config.json', (name) => {
    expect(existsSync(join(root, 'cloudfunctions', name, 'index.ts'))).toBe(true);
    expect(existsSync(join(root, 'cloudfunctions', name, 'config.json'))).toBe(true);
  });

  it('every function folder is a registry entry, a timer function or an HTTP function', () => {
    const known: string[] = [...FUNCTION_NAMES, ...TIMER_FUNCTION_NAMES, ...HTTP_FUNCTION_NAMES];
    expect(functionDirs.filter((d) => !known.includes(d))).toEqual([]);
  });

  it.each(TIMER_FUNCTION_NAMES)('timer function %s has exactly one trigger in its config.json', (name) => {
    expect(timerDirs).toContain(name);
  });

  it.each(HTTP_FUNCTION_NAMES)('HTTP function %s has a folder', (name) => {
    expect(functionDirs).toContain(name);
  });
});
