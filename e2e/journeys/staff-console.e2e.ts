import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTempServer } from '../../scripts/lib/temp-server';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import { SCREENSHOTS } from '../support/harness';

/**
 * A damage complaint answered in the staff console. The user's side goes through the HTTP API
 * here, to keep this journey about the console (complaint.e2e.ts files one through the mini
 * program's form); the staff side is Chromium at /console/. Each console page gets an axe-core
 * check and a screenshot.
 */
const HOUR = 3600_000;
const PASSWORD = 'correct-horse-battery-staple';
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

let server: Awaited<ReturnType<typeof startTempServer>>;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let userToken: string;
let caseId: string;

async function api<T = Record<string, unknown>>(name: string, body: unknown, token = userToken): Promise<T> {
  const res = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!json.ok) throw new Error(`${name}: ${json.error?.message}`);
  return json.data;
}

async function upload(name: string, type: string, token = userToken): Promise<string> {
  const res = await fetch(`${server.url}api/_upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type, 'x-file-name': encodeURIComponent(name) },
    body: fixture(name),
  });
  const { fileId } = ((await res.json()) as { data: { fileId: string } }).data;
  await api('checkEvidence', { fileId }, token);
  return fileId;
}

/** Zero serious or critical accessibility violations on the page as it is now. */
async function expectAccessible(name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  server = await startTempServer({ SANDBOX_SPEED: '1' });
  await createAddStaff(server.deps)({ username: 'li.lead', role: 'supervisor', password: PASSWORD });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  // A desk, not a phone: the console is for people who work in it all day.
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => expect(problems.splice(0)).toEqual([]));

test('a user files a damage complaint with two photos and a short video (through the HTTP API)', async () => {
  userToken = (await api<{ token: string }>('_dev/login', {}, '')).token;
  await api('reportSubscription', { results: { service: 'accept' } });
  await api('lookup', { waybillNo: 'YT7530129834561' });
  const evidence = [
    await upload('box.jpg', 'image/jpeg'),
    await upload('glass.jpg', 'image/jpeg'),
    await upload('unboxing.mp4', 'video/mp4'),
  ];
  const filed = await api<{ complaint: { id: string; tier: number } }>('fileComplaint', {
    waybillNo: 'YT7530129834561',
    type: 'DAMAGED',
    description: '外箱被压扁，里面的玻璃杯碎了两个',
    remedy: { kind: 'COMPENSATION', amountFen: 8800 },
    contactPhone: '13800138000',
    evidence,
  });
  caseId = filed.complaint.id;
  expect(filed.complaint.tier).toBe(2);
  // Someone else complains a little later about a delay: their deadline comes after ours.
  const other = (await api<{ token: string }>('_dev/login', {}, '')).token;
  await api(
    'fileComplaint',
    {
      waybillNo: 'YT2468135790211',
      type: 'DELAY',
      description: '三天没有任何物流更新了',
      remedy: { kind: 'APOLOGY' },
      contactPhone: '13900139000',
    },
    other,
  );
});

test('staff sign in, see the case at the top of the queue, open it with the keyboard and play the video', async () => {
  await page.goto(`${server.url}console/`);
  await page.getByPlaceholder('用户名').waitFor();
  await expectAccessible('console-login');
  await page.getByPlaceholder('用户名').fill('li.lead');
  await page.getByPlaceholder('密码').fill(PASSWORD);
  await page.getByPlaceholder('密码').press('Enter');

  const rows = page.getByTestId('queue-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(2);
  await expect(rows.first().getAttribute('data-id')).resolves.toBe(caseId);
  await expect(rows.first().textContent()).resolves.toMatch(/首次答复：剩 \d/);
  await expectAccessible('console-queue');

  await page.keyboard.press('Enter');
  await page.getByTestId('thread').waitFor();
  await expect(page.getByTestId('case-state').textContent()).resolves.toBe('待受理');
  expect(await page.getByTestId('evidence-photo').count()).toBe(2);
  await expect(page.getByTestId('compensation').textContent()).resolves.toContain('《快递暂行条例》第二十七条');
  expect(await page.locator('[data-testid="parcel-timeline"] .t-timeline-item').count()).toBeGreaterThan(0);

  const video = page.getByTestId('evidence-video');
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 0.5, undefined, { timeout: 10_000 });
  await expectAccessible('console-case');

  // The user's phone is masked as on an e-waybill until asked for, and the case log keeps who asked.
  await expect(page.getByTestId('contact-phone').textContent()).resolves.toBe('138******00');
  await page.getByRole('button', { name: '显示完整号码' }).click();
  await page.getByTestId('contact-phone').filter({ hasText: '13800138000' }).waitFor();
  await page.getByText('查看用户完整手机号').waitFor();
});

test('a reply sent with Ctrl+Enter reaches the user: in the thread, in 消息 and in the local inbox', async () => {
  await page.getByPlaceholder('写给用户的话（Ctrl+Enter 发送）').fill('您好，已联系网点核实破损情况，请保留外包装。');
  await page.keyboard.press('Control+Enter');
  await page.locator('.msg.staff').waitFor();
  await expect(page.getByTestId('case-state').textContent()).resolves.toBe('处理中');

  const { complaint } = await api<{ complaint: { messages: { from: string; text: string }[] } }>('getComplaint', { id: caseId });
  expect(complaint.messages.at(-1)).toMatchObject({ from: 'STAFF', text: '您好，已联系网点核实破损情况，请保留外包装。' });
  const messages = await api<{ items: { kind: string; title: string }[] }>('listMessages', {});
  expect(messages.items[0]).toMatchObject({ kind: 'COMPLAINT', title: '客服回复了您的投诉' });
  await api('_dev/run/monitor', {});
  const inbox = await api<{ items: { title: string; page: string }[] }>('_dev/inbox', {});
  expect(inbox.items[0]).toMatchObject({ title: '服务进度提醒', page: `pages/complaint/detail/index?id=${caseId}` });
});

test('seven days later without a resolution: 12305 is offered, the case number is recorded and shows in the console', async () => {
  await api('_dev/clock', { advanceMs: 7 * 24 * HOUR + HOUR });
  await api('_dev/run/slaWatch', {});
  const appeal = await api<{ eligible: boolean; reasonCode: string; text: string }>('prepareAppeal', { id: caseId });
  expect(appeal).toMatchObject({ eligible: true, reasonCode: 'NO_ANSWER_IN_7_DAYS' });
  expect(appeal.text).toContain('SHA-256');
  const { complaint } = await api<{ complaint: { state: string; appeal: { caseNo: string } } }>('recordAppeal', {
    id: caseId,
    caseNo: 'SS2026112300123',
  });
  expect(complaint).toMatchObject({ state: 'APPEALED', appeal: { caseNo: 'SS2026112300123' } });

  await page.reload();
  await page.getByTestId('thread').waitFor();
  await expect(page.getByTestId('case-state').textContent()).resolves.toBe('已向 12305 申诉');
  await expect(page.locator('article').textContent()).resolves.toContain('编号 SS2026112300123');

  await page.goto(`${server.url}console/#/breached`);
  await page.getByTestId('queue-row').first().waitFor();
  // Both cases missed a deadline; the other one, never answered at all, is the more urgent.
  const breached = await page.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
  expect(breached).toHaveLength(2);
  expect(breached[1]).toBe(caseId);
  await expectAccessible('console-breached');

  await page.goto(`${server.url}console/#/report`);
  await page.getByText('投诉总数').waitFor();
  await expectAccessible('console-report');
});
