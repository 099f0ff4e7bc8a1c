import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import { SCREENSHOTS, useHarness } from '../support/harness';

/**
 * Intercepts end to end: a person asks for a redirect of a parcel in transit, pays in the local pay
 * sheet (the sandbox sends payNotify a real signed notification), staff record the outcome in the
 * console, and the person sees it on the progress page, in 消息 and in the local inbox. Then a
 * return that fails: the fee is refunded and the person sees the refund.
 */
const PASSWORD = 'correct-horse-battery-staple';
const HOUR = 3600_000;
const REDIRECTED = 'YT7530129834561';
const RETURNED = 'YT7530129834571';
const UNPAID = 'YT7530129834591';

describe('intercepts', () => {
  const h = useHarness();
  let desk: Page;
  const deskProblems: string[] = [];

  beforeAll(async () => {
    await createAddStaff(h.deps)({ username: 'wang.agent', role: 'agent', password: PASSWORD });
    // A desk, not a phone: the console is for people who work in it all day.
    const context = await h.page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    desk = await context.newPage();
    desk.on('console', (m) => m.type() === 'error' && deskProblems.push(`console: ${m.text()}`));
    desk.on('pageerror', (e) => deskProblems.push(`page error: ${e.message}`));
  });
  afterEach(() => expect(deskProblems.splice(0)).toEqual([]));

  async function deskScreenshot(name: string) {
    const { violations } = await new AxeBuilder({ page: desk }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await desk.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** Taro keeps earlier pages of the stack in the DOM, hidden: only the page in front counts. */
  const shown = (testId: string) => h.page.locator(`[data-testid="${testId}"]:visible`);

  async function fits(name: string) {
    await expect(h.overflowing()).resolves.toEqual([]);
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot(name);
  }

  /** From the result page to the pay sheet, paying there; returns the intercept's id from the progress page. */
  async function askAndPay(path: string, waybillNo: string, fill: () => Promise<void>, feeText: string): Promise<string> {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(waybillNo);
    await h.page.getByText('查询', { exact: true }).click();
    await shown('intercept-entry').click();
    await shown('likelihood').waitFor();
    await fill();
    await h.page.locator('input[placeholder="手机号后四位"]').fill('1234');
    await shown('intercept-submit').click();
    await h.page.getByText('允许', { exact: true }).click(); // 服务进度 reminders, asked before paying
    await shown('pay-amount').waitFor();
    await expect(shown('pay-amount').textContent()).resolves.toBe(feeText);
    await fits(`intercept-pay-sheet-${path}`);
    await shown('pay-confirm').click();
    await shown('intercept-state').waitFor();
    return new URL(h.page.url().replace('#', '')).searchParams.get('id')!;
  }

  async function staffResolve(id: string, outcome: 'succeeded' | 'failed', note: string) {
    if (!desk.url().includes('/console/')) {
      await desk.goto(`${h.url}console/`);
      await desk.getByPlaceholder('用户名').fill('wang.agent');
      await desk.getByPlaceholder('密码').fill(PASSWORD);
      await desk.getByPlaceholder('密码').press('Enter');
      await desk.getByTestId('who').waitFor();
    }
    await desk.goto(`${h.url}console/#/intercepts`);
    await desk.keyboard.press('r'); // the list refreshes itself every 30 s; R does it now
    const row = desk.getByTestId('intercept-row').first();
    await row.waitFor();
    await expect(row.getAttribute('data-id')).resolves.toBe(id);
    return { row, open: () => resolveOpened(outcome, note) };
  }

  async function resolveOpened(outcome: 'succeeded' | 'failed', note: string) {
    await desk.keyboard.press('Enter');
    await desk.getByTestId('intercept-state').waitFor();
    await desk.getByPlaceholder(/已联系网点改派/).fill(note);
    return async () => {
      await desk.getByTestId(`intercept-${outcome}`).click();
      await desk.getByText('没有等待处理的拦截任务').waitFor();
    };
  }

  test('拦截/改址 on the result page and on a followed parcel in 我的包裹', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(REDIRECTED);
    await h.page.getByText('查询', { exact: true }).click();
    await shown('intercept-entry').waitFor();
    await fits('intercept-entry-result');
    await shown('follow').click();
    await h.page.getByText('允许', { exact: true }).click();
    await h.page.goto(`${h.url}#/pages/parcels/index`);
    await shown('intercept-link').waitFor();
    await fits('intercept-entry-parcels');
    await shown('intercept-link').click();
    await shown('likelihood').waitFor();
    await expect(shown('likelihood').textContent()).resolves.toBe('很可能成功');
  });

  test('a redirect paid in the pay sheet, carried out by staff: success on the progress page, in 消息 and in the inbox', async () => {
    const id = await askAndPay(
      'redirect',
      REDIRECTED,
      async () => {
        await fits('intercept-request');
        await shown('type-REDIRECT').click();
        // Leaving the form empty shows what is missing, in place.
        await shown('intercept-submit').click();
        await h.page.getByText('请选择省份').waitFor();
        await shown('region-picker').click();
        await h.page.getByText('江苏省', { exact: true }).waitFor();
        await h.screenshot('intercept-region-picker');
        for (const place of ['江苏省', '苏州市', '姑苏区']) await h.page.getByText(place, { exact: true }).click();
        await h.page.locator('input[placeholder="街道、小区、楼栋、门牌号"]').fill('人民路 100 号 3 栋 201');
        await h.page.locator('input[placeholder="收件人姓名"]').fill('张三');
        await h.page.locator('input[placeholder="收件人手机号"]').fill('13800138000');
        await expect(h.page.getByText('请选择省份').count()).resolves.toBe(0);
        await fits('intercept-redirect-form');
      },
      '¥23',
    );
    await expect(shown('intercept-state').textContent()).resolves.toBe('处理中');
    await expect(shown('intercept-money').textContent()).resolves.toBe('¥23 已支付');
    await fits('intercept-progress-submitted');

    const { row, open } = await staffResolve(id, 'succeeded', '已联系网点改派');
    const rowText = await row.textContent();
    expect(rowText).toContain('改址');
    // The new address as an e-waybill prints it: surname, phone and room hidden.
    expect(rowText).toContain('江苏省苏州市姑苏区 人民路 100 号 * 栋 ***，张* 138******00');
    expect(rowText).toContain('23 元');
    await deskScreenshot('console-intercepts');
    const confirm = await open();
    await deskScreenshot('console-intercept-task');
    await confirm();

    await h.page.reload();
    await shown('intercept-state').waitFor();
    await expect(shown('intercept-state').textContent()).resolves.toBe('拦截成功');
    await expect(shown('intercept-history').textContent()).resolves.toContain('已联系网点改派');
    await fits('intercept-progress-succeeded');

    await h.page.goto(`${h.url}#/pages/messages/index`);
    await shown('message').first().waitFor();
    await expect(shown('message').first().textContent()).resolves.toContain('改址：拦截成功');
    await h.api('_dev/run/monitor', {}); // the outbox goes out with the timer
    await h.page.goto(`${h.url}#/pages/inbox/index`);
    await shown('inbox-item').first().waitFor();
    const card = await shown('inbox-item').first().textContent();
    expect(card).toContain('服务进度提醒');
    await fits('intercept-inbox');
  });

  test('a return staff could not carry out: refunded in full, and the person sees the refund', async () => {
    const id = await askAndPay('return', RETURNED, () => shown('type-RETURN').click(), '¥15');
    const { open } = await staffResolve(id, 'failed', '快递员已出发派送，无法拦截');
    await (
      await open()
    )();

    await h.page.reload();
    await shown('intercept-state').waitFor();
    await expect(shown('intercept-money').textContent()).resolves.toBe('¥15 退款中');
    // WeChat Pay settles the refund later; the sandbox's bank does it when told, with a signed notification.
    const { json } = await h.api<{ ok: boolean }>('_dev/refund', { outRefundNo: `${id}R1`, outcome: 'SUCCESS' });
    expect(json.ok).toBe(true);
    await h.page.reload();
    await shown('intercept-state').waitFor();
    await expect(shown('intercept-state').textContent()).resolves.toBe('已退款');
    await expect(shown('intercept-money').textContent()).resolves.toBe('¥15 已退款');
    await expect(shown('intercept-history').textContent()).resolves.toContain('快递员已出发派送，无法拦截');
    await fits('intercept-progress-refunded');

    await shown('my-intercepts').click();
    await shown('intercept-item').first().waitFor();
    const items = await shown('intercept-item').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('已退款');
    expect(items[1]).toContain('拦截成功');
    await fits('intercept-list');
  });

  test('too late: the request page says why and who can still help, and the result page offers no intercept', async () => {
    const LATE = 'YT7530129834581';
    await h.api('lookup', { waybillNo: LATE }, await h.login());
    await h.api('_dev/clock', { advanceMs: 5 * 24 * HOUR });
    await h.page.goto(`${h.url}#/pages/intercept/new/index?no=${LATE}&carrier=YTO`);
    await shown('refused').waitFor();
    await expect(shown('refused').textContent()).resolves.toContain('包裹已签收，无法拦截');
    await expect(shown('refused').textContent()).resolves.toContain('95554');
    await fits('intercept-refused');

    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(LATE);
    await h.page.getByText('查询', { exact: true }).click();
    await shown('follow').waitFor();
    await h.page.waitForTimeout(300);
    await expect(shown('intercept-entry').count()).resolves.toBe(0);
  });

  test('a payment that failed takes nothing: 待支付, asked again or cancelled', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(UNPAID);
    await h.page.getByText('查询', { exact: true }).click();
    await shown('intercept-entry').click();
    await shown('type-RETURN').click();
    await h.page.locator('input[placeholder="手机号后四位"]').fill('1234');
    await shown('intercept-submit').click();
    await h.page.getByText('允许', { exact: true }).click();
    await shown('pay-fail').click();
    await shown('intercept-state').waitFor();
    await expect(shown('intercept-state').textContent()).resolves.toBe('待支付');
    await expect(shown('intercept-money').textContent()).resolves.toBe('¥15 待支付');
    await shown('intercept-again').waitFor();
    await fits('intercept-progress-unpaid');

    await shown('intercept-cancel').click();
    await h.page.getByText('取消申请', { exact: true }).last().click(); // the dialog's confirm
    await expect(shown('intercept-state').textContent()).resolves.toBe('已取消');
    await expect(shown('intercept-cancel').count()).resolves.toBe(0);
  });

  test('the redirect staff reported done, delivered at the old address after all: refunded, and staff see why', async () => {
    // Five days on (the test before), the sandbox's journey ends at the old address: the timeline overturns the success.
    await h.api('_dev/run/interceptWatch', {});
    await desk.goto(`${h.url}console/#/intercepts`);
    await desk.keyboard.press('r');
    const alert = desk.getByTestId('intercept-alert').first();
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(REDIRECTED);
    expect(text).toContain('物流轨迹与记录的结果不符');
    expect(text).toContain('wang.agent');
    await deskScreenshot('console-intercept-alerts');
  });
});
