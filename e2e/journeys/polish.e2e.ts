import { HOUR } from '../../server/adapters/carriers/sandbox/journeys';
import { useHarness } from '../support/harness';

/**
 * What a person sees (issue 12): every sandbox journey's result page, a locker's pickup card,
 * the clipboard offer on home, sharing, and every page at 320 px with large text. Each screenshot
 * is checked by axe-core first (harness), and the harness fails on console errors.
 */
describe('what a person sees', () => {
  const h = useHarness();
  /** One YTO number per sandbox scenario (the last digit picks it: server/adapters/carriers/sandbox/README.md). */
  const journey = (digit: number) => `YT753012983467${digit}`;

  async function openFresh(route = '') {
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}${route}`);
  }

  async function openResult(no: string) {
    await openFresh(`#/pages/result/index?no=${no}&carrier=YTO`);
    await h.page.getByTestId('parcel-status').waitFor();
  }

  /** What Taro's H5 clipboard holds (it keeps it in local storage). */
  const clipboard = () => h.page.evaluate(() => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{"data":""}').data as string);

  test('every sandbox journey, five days on: status, progress, advice where there is trouble', async () => {
    for (let d = 0; d <= 9; d += 1) await h.api('lookup', { waybillNo: journey(d) }, await h.login());
    await h.api('_dev/clock', { advanceMs: 5 * 24 * HOUR });
    for (let d = 0; d <= 9; d += 1) {
      await openResult(journey(d));
      await h.page.getByTestId('progress').waitFor();
      await h.screenshot(`result-journey-${d}`);
    }
    await openResult(journey(5)); // damaged, not signed for
    await expect(h.page.getByTestId('advice').textContent()).resolves.toContain('怎么办');
    await expect(h.smallTapTargets()).resolves.toEqual([]);
  });

  test('a parcel left in a locker shows the pickup card: the code big, the station, copy buttons', async () => {
    await openResult(journey(9)); // left at a 驿站 and never collected
    await expect(h.page.getByTestId('parcel-status').textContent()).resolves.toBe('待取件');
    const code = await h.page.getByTestId('pickup-code').textContent();
    expect(code).toMatch(/\d/);
    await expect(h.page.getByTestId('pickup-station').textContent()).resolves.toMatch(/驿站|柜|店|点/);
    await expect(h.page.getByTestId('progress').textContent()).resolves.toContain('待取件');
    await h.page.getByText('复制取件码').click();
    await expect(clipboard()).resolves.toBe(code);
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('result-pickup-card');
  });

  test('home offers a waybill number found in the clipboard, once, and looks it up on 查询', async () => {
    await openFresh();
    await h.page.evaluate(() =>
      localStorage.setItem('taro_clipboard', JSON.stringify({ data: '【圆通速递】您的快递 运单号：YT7530129834668 已发出' })),
    );
    await openFresh();
    await h.page.getByText('检测到快递单号').waitFor();
    await expect(h.page.getByText('YT7530129834668，查询？').count()).resolves.toBe(1);
    await h.screenshot('home-clipboard-offer');
    await h.page.getByText('查询', { exact: true }).last().click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain('YT7530129834668');
    await openFresh();
    await h.page.getByTestId('glance').waitFor();
    await h.page.waitForTimeout(300);
    await expect(h.page.getByText('检测到快递单号').count()).resolves.toBe(0);
    await expect(h.page.getByTestId('recent-status').first().textContent()).resolves.toMatch(/已揽收|运输中/);
    await h.screenshot('home-recent');
  });

  test('sharing an SF parcel gives a link to its page with no phone tail, and the link opens it for a friend', async () => {
    await openFresh();
    await h.page.locator('input').first().fill('SF1234567890122');
    await h.page.getByText('查询', { exact: true }).click();
    await h.page.getByRole('spinbutton', { name: '手机号后四位' }).fill('5678');
    await h.page.getByText('验证并查询').click();
    await h.page.getByTestId('timeline').waitFor();
    await h.page.getByTestId('share').click();
    const link = await clipboard();
    const [, route] = link.split('#');
    expect(route).toBe('/pages/result/index?no=SF1234567890122&carrier=SF&from=share'); // the number and carrier, nothing else
    await h.screenshot('result-share');
    await h.page.goto('about:blank');
    await h.page.goto(link);
    await h.page.getByTestId('phone-tail').waitFor(); // the friend proves the digits themselves
  });

  test('at 320 px with text a third larger nothing runs off the side of any page', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 });
    const routes = [
      ['', 'home'],
      [`#/pages/result/index?no=${journey(9)}&carrier=YTO`, 'result-pickup'],
      [`#/pages/result/index?no=${journey(5)}&carrier=YTO`, 'result-exception'],
      ['#/pages/parcels/index', 'parcels'],
      ['#/pages/messages/index', 'messages'],
      ['#/pages/inbox/index', 'inbox'],
      ['#/pages/no-such-page/index', 'not-found'],
    ];
    for (const [route, name] of routes) {
      await openFresh(route);
      // Taro's H5 sizes everything in rem from the root font: a larger root is the page at a larger text setting.
      await h.page.evaluate(() => {
        const root = document.documentElement;
        root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 1.3}px`;
      });
      await h.page.waitForTimeout(400);
      await expect(h.overflowing()).resolves.toEqual([]);
      await h.screenshot(`narrow-large-${name}`);
    }
    await h.page.setViewportSize({ width: 375, height: 667 });
  });
});
