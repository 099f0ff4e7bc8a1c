import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowserGlobals } from './check-weapp-globals';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weapp-globals-'));
  mkdirSync(join(dir, 'pages', 'index'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a page that reads localStorage or document is reported with where it happens', () => {
  writeFileSync(join(dir, 'pages', 'index', 'index.js'), 'var saved = localStorage.getItem("k");\nfunction f(){ return document.title }');
  expect(findBrowserGlobals(dir)).toEqual([
    expect.objectContaining({ file: 'pages/index/index.js', name: 'localStorage', line: 1 }),
    expect.objectContaining({ file: 'pages/index/index.js', name: 'document', line: 2 }),
  ]);
});

test('typeof probes, local variables of the same name and the Taro runtime chunks are not reported', () => {
  writeFileSync(join(dir, 'common.js'), 'var w = typeof window !== "undefined"; function go(location) { return location.href }');
  writeFileSync(join(dir, 'taro.js'), 'window.requestAnimationFrame(function(){})');
  writeFileSync(join(dir, 'runtime.js'), 'var g = window');
  expect(findBrowserGlobals(dir)).toEqual([]);
});
