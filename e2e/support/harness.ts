import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTempServer } from '../../scripts/lib/temp-server';

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
  /** Calls a function the way the H5 client does, with its own dev session. */
  api<T = unknown>(name: string, body: unknown, token?: string | null): Promise<{ status: number; json: T }>;
  login(): Promise<string>;
  screenshot(name: string): Promise<void>;
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

  const api: Harness['api'] = async (name, body, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${server.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as never };
  };

  return {
    url: server.url,
    page,
    api,
    async login() {
      const { json } = await api<{ data: { token: string } }>('_dev/login', {});
      return json.data.token;
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
