import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_NAMES, HTTP_FUNCTION_NAMES, TIMER_FUNCTION_NAMES } from '../../types/functions';

/**
 * What WeChat DevTools opens and uploads, checked on the build output: project.config.json
 * roots, every page and subpackage of app.json on disk, each function's config.json and
 * package.json (docs/reference/wechat-cloud.md §Timer triggers, §openapi).
 */
const ROOT = join(__dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const project = readJson<{ miniprogramRoot: string; cloudfunctionRoot: string }>(join(ROOT, 'project.config.json'));
const weapp = join(ROOT, project.miniprogramRoot);
const functionsRoot = join(ROOT, project.cloudfunctionRoot);
const built = existsSync(functionsRoot) ? readdirSync(functionsRoot).sort() : [];

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}

test('project.config.json points DevTools at the built weapp and the built functions', () => {
  expect(existsSync(join(weapp, 'app.json'))).toBe(true);
  expect(existsSync(join(weapp, 'app.js'))).toBe(true);
  expect(built).toEqual(readdirSync(join(ROOT, 'cloudfunctions')).sort());
});

test('every page and subpackage page in app.json is on disk (js, json, wxml)', () => {
  const app = readJson<AppJson>(join(weapp, 'app.json'));
  const subpackages = [...(app.subPackages ?? []), ...(app.subpackages ?? [])];
  const pages = [...app.pages, ...subpackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
  expect(app.pages.length).toBeGreaterThan(0);
  const missing = pages.flatMap((page) =>
    ['.js', '.json', '.wxml'].filter((ext) => !existsSync(join(weapp, page + ext))).map((ext) => page + ext),
  );
  expect(missing).toEqual([]);
  for (const p of subpackages) expect(existsSync(join(weapp, p.root))).toBe(true);
});

/** 云开发 timer cron: seconds minutes hours day-of-month month day-of-week year, in UTC+8. */
const CRON_FIELD = /^(\*|\?|[0-9]+([-/,][0-9]+)*|\*\/[0-9]+|[0-9,-]+)$/;

test.each(built)('%s: config.json has openapi permissions and, for timers only, one well-formed trigger', (name) => {
  const config = readJson<{ permissions?: { openapi?: unknown }; triggers?: { name: string; type: string; config: string }[] }>(
    join(functionsRoot, name, 'config.json'),
  );
  expect(Array.isArray(config.permissions?.openapi)).toBe(true);
  const triggers = config.triggers ?? [];
  if (!(TIMER_FUNCTION_NAMES as readonly string[]).includes(name)) return expect(triggers).toEqual([]);
  expect(triggers).toHaveLength(1); // 云开发 allows one trigger per function
  const [trigger] = triggers;
  expect(trigger.type).toBe('timer');
  expect(trigger.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
  const fields = trigger.config.trim().split(/\s+/);
  expect(fields).toHaveLength(7);
  expect(fields.filter((f) => !CRON_FIELD.test(f))).toEqual([]);
});

test.each(built)('%s: package.json names index.js and depends on wx-server-sdk only (everything else is bundled)', (name) => {
  const pkg = readJson<{ name: string; main: string; dependencies: Record<string, string> }>(join(functionsRoot, name, 'package.json'));
  expect(pkg.name).toBe(name);
  expect(existsSync(join(functionsRoot, name, pkg.main))).toBe(true);
  expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
  expect(pkg.dependencies['wx-server-sdk']).toMatch(/^[~^]?4\./);
});

test('every function of the registry, timer and HTTP function is built', () => {
  expect(built).toEqual(expect.arrayContaining([...FUNCTION_NAMES, ...TIMER_FUNCTION_NAMES, ...HTTP_FUNCTION_NAMES]));
});
