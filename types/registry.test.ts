import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_NAMES } from './functions';

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

  it('every function folder is a registry entry or a timer function', () => {
    const unknown = functionDirs.filter((d) => !(FUNCTION_NAMES as string[]).includes(d) && !timerDirs.includes(d));
    expect(unknown).toEqual([]);
  });
});
