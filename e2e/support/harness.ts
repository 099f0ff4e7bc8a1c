import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTempServer } from '../../scripts/lib/temp-server';
import { FUNCTION_NAMES, type FunctionName } from '../../types/functions';
import { checkReply } from '../../test/support/contract';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'e2e', 'screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  url: string;
  page: Page;
  /** The server's dependencies, for what only an operator does (adding a staff account). */
  deps: Awaited<ReturnType<typeof startTempServer>>['deps'];
  /** A refusal this test provokes on purpose (a wrong phone tail): one answer with this status from this function is not a problem. */
  expectRefusal(fn: string, status: number): void;
  /** Fails when the page logged a console error, threw, or got a failed or 4xx/5xx answer that no test expected; then starts afresh. */
  expectClean(): Promise<void>;
  /** Visible controls smaller than 44 × 44 CSS px on the current page. */
  smallTapTargets(): Promise<string[]>;
  /** Calls a function the way the H5 client does, with its own dev session. */
  api<T = unknown>(name: string, body: unknown, token?: string | null): Promise<{ status: number; json: T }>;
  login(): Promise<string>;
  /**
   * What a person sees, checked: axe-core finds no serious or critical violation (contrast,
   * unnamed controls, …), then a phone-size screenshot is saved under e2e/screenshots for review.
   */
  screenshot(name: string): Promise<void>;
  /** Elements wider than the viewport (a layout that overflows sideways), as "text width". */
  overflowing(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fresh product (own data dir, sandbox carrier, port 0) and a phone-sized Chromium page. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const server = await startTempServer({ SANDBOX_SPEED: '1', ...env });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // playwright gives each launch a new empty profile of its own
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const watch = watchPage(page);

  const api: Harness['api'] = async (name, body, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${server.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const json: unknown = await res.json();
    if (isFunction(name)) checkReply(name, json);
    return { status: res.status, json: json as never };
  };

  return {
    url: server.url,
    page,
    deps: server.deps,
    api,
    expectRefusal: watch.expectRefusal,
    expectClean: watch.expectClean,
    smallTapTargets: () => smallTapTargets(page),
    async login() {
      const { json } = await api<{ data: { token: string } }>('_dev/login', {});
      return json.data.token;
    },
    async screenshot(name) {
      await settled(page);
      await expectAccessible(page, name);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    overflowing: () => overflowing(page),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh product and browser for the enclosing `describe`: started before its tests, checked
 * after each (no console error, no unexpected refusal), closed after all of them.
 */
export function useHarness(env: Record<string, string> = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(env);
  });
  afterEach(async () => current?.expectClean());
  afterAll(async () => current?.close());
  // The harness exists only once beforeAll ran: tests reach it through this stand-in.
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!current) throw new Error('the harness starts in beforeAll');
      return Reflect.get(current, key);
    },
  });
}

const isFunction = (name: string): name is FunctionName => (FUNCTION_NAMES as string[]).includes(name);

/**
 * What went wrong in the page: console errors, uncaught errors, failed requests, answers of 400
 * and above, and replies of functions outside their contract (the registry's response schema).
 */
function watchPage(page: Page) {
  let problems: string[] = [];
  let refusals: { fn: string; status: number }[] = [];
  const refused: { fn: string; status: number }[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // ERR_ABORTED: the page moved on and the browser dropped a request it no longer needed (the
    // result page's 拦截/改址 check when the user taps on at once): nothing failed.
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${error}`);
  });
  const contractChecks: Promise<void>[] = [];
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    const name = path.replace(/^\/api\//, '');
    if (isFunction(name))
      contractChecks.push(
        res.json().then(
          (reply: unknown) => {
            try {
              checkReply(name, reply);
            } catch (err) {
              problems.push(`contract: ${(err as Error).message.split('\n')[0]}`);
            }
          },
          // The body is gone when the page moved on before it was read: nothing to check.
          () => undefined,
        ),
      );
    if (res.status() < 400) return;
    const expected = refusals.findIndex((r) => r.fn === name && r.status === res.status());
    if (expected >= 0) refused.push(...refusals.splice(expected, 1));
    else problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    expectRefusal(fn: string, status: number) {
      refusals.push({ fn, status });
    },
    async expectClean() {
      await Promise.all(contractChecks.splice(0));
      // Chromium also logs each expected refusal to the console ("Failed to load resource … 422"): one line each is theirs.
      for (const r of refused.splice(0)) {
        const line = problems.findIndex((p) => p.startsWith('console: Failed to load resource') && p.includes(`status of ${r.status}`));
        if (line >= 0) problems.splice(line, 1);
      }
      const found = problems;
      const unused = refusals;
      problems = [];
      refusals = [];
      if (found.length) throw new Error(`the page reported problems during a normal journey:\n${found.join('\n')}`);
      if (unused.length) throw new Error(`expected refusals that never came: ${JSON.stringify(unused)}`);
    },
  };
}

/**
 * Waits for the page's finite CSS animations and transitions (a dialog fading in) to end: axe
 * measures contrast on what is painted, and a half-faded dialog fails it. Spinners run forever and
 * are left alone.
 */
async function settled(page: Page) {
  // Two frames first: Taro's dialog sets its fade-in from a timer, after it is already visible.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((done) => setTimeout(done, 2000)),
    ]),
  );
}

const MIN_TAP_PX = 44;

async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selectors = [
      '.tap',
      'taro-button-core',
      '#taro-navigation-bar .taro-navigation-bar-back',
      '#taro-navigation-bar .taro-navigation-bar-home',
    ];
    // Only the page in front: Taro keeps earlier pages of the stack in the DOM, hidden.
    return [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
      .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < min - 0.5 || box.height < min - 0.5))
      .map(({ el, box }) => `${el.textContent?.trim() || el.className} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN_TAP_PX);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Fails with each serious or critical axe-core violation on the page in front, and the elements it found. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (!bad.length) return;
  const lines = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  throw new Error(`axe-core on ${name}:\n${lines.join('\n')}`);
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
      .map(
        ({ el, box }) => `${(el.textContent ?? '').trim().slice(0, 30) || el.className} ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
  });
}
