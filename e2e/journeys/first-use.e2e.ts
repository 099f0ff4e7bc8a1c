import { useHarness } from '../support/harness';

/** What a first-time user met (issue 9): SF/ZTO follows, 最近查询 in a new session, links, unknown routes, controls. */
describe('first use', () => {
  const h = useHarness();

  /** A fresh load of a route, as a shared link or a new session opens it. */
  async function openFresh(route = '') {
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}${route}`);
  }

  async function search(no: string) {
    await openFresh();
    await h.page.locator('input').first().fill(no);
    await h.page.getByText('查询', { exact: true }).click();
  }

  async function givePhoneTail(tail = '5678') {
    await h.page.getByTestId('phone-tail').waitFor();
    await h.page.getByRole('spinbutton', { name: '手机号后四位' }).fill(tail);
    await h.page.getByText('验证并查询').click();
    await h.page.getByTestId('timeline').waitFor();
  }

  test('an SF and a ZTO parcel are followed end to end with the phone tail, and show in 我的包裹', async () => {
    for (const no of ['SF1234567890121', '73190553102531']) {
      await search(no);
      await givePhoneTail();
      await h.page.getByTestId('follow').click();
      await h.page.getByText('允许', { exact: true }).click();
      await expect(h.page.getByTestId('reminders').textContent()).resolves.toContain('已关注');
    }
    await h.screenshot('first-use-followed-zto');
    await h.page.goto(`${h.url}#/pages/parcels/index`);
    await h.page.getByTestId('parcel-card').nth(1).waitFor();
    const cards = await h.page.getByTestId('parcel-card').allTextContents();
    expect(cards.some((c) => c.includes('顺丰速运 SF1234567890121'))).toBe(true);
    expect(cards.some((c) => c.includes('中通快递 73190553102531'))).toBe(true);
    const tabs = await Promise.all(
      ['ALL', 'IN_TRANSIT', 'PICKUP', 'DELIVERED', 'EXCEPTION'].map((t) => h.page.getByTestId(`tab-${t}`).textContent()),
    );
    const [all, ...rest] = tabs.map((t) => Number(t?.match(/\d+/)?.[0]));
    expect(rest.reduce((a, b) => a + b, 0)).toBe(all);
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('first-use-parcels');
  });

  test('in a new session, SF from 最近查询 asks for the phone tail on the result page and reaches the timeline; a followed one opens at once', async () => {
    await search('SF1234567890123');
    await givePhoneTail();
    await openFresh(); // a new session: the digits typed before are gone
    await h.page.getByTestId('recent-item').filter({ hasText: 'SF1234567890123' }).click();
    await givePhoneTail();
    await expect(h.page.getByTestId('follow').count()).resolves.toBe(1);
    await h.screenshot('first-use-recent-sf');

    await openFresh();
    await h.page.getByTestId('recent-item').filter({ hasText: 'SF1234567890121' }).click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.getByTestId('following').textContent()).resolves.toContain('已关注');
  });

  test('a shared link without a carrier offers 关注, and the H5 bar leads home; inside the app it leads back', async () => {
    await openFresh('#/pages/result/index?no=YT7530129834561');
    await h.page.getByTestId('timeline').waitFor();
    await h.page.getByTestId('follow').waitFor();
    const bar = h.page.locator('#taro-navigation-bar');
    await expect(bar.getAttribute('class')).resolves.toContain('taro-navigation-bar-home-icon');
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('first-use-deep-link');
    await bar.locator('.taro-navigation-bar-home').click();
    await h.page.getByText('查快递', { exact: true }).waitFor();

    await h.page.getByText('我的包裹', { exact: true }).click();
    await h.page.getByTestId('credits').waitFor();
    await expect(bar.getAttribute('class')).resolves.toContain('taro-navigation-bar-back-icon');
    await bar.locator('.taro-navigation-bar-back').click();
    await h.page.getByText('查快递', { exact: true }).waitFor();
  });

  test('an unknown route shows a not-found page with a way home', async () => {
    await openFresh('#/pages/no-such-page/index');
    await h.page.getByTestId('not-found').waitFor();
    await h.screenshot('first-use-not-found');
    await h.page.getByText('回到首页查快递').click();
    await h.page.getByText('查快递', { exact: true }).waitFor();
  });

  test('the home page’s controls look enabled when they are, and every one is a 44 px target', async () => {
    await openFresh();
    await h.page.getByText('查快递', { exact: true }).waitFor();
    for (const label of ['查询', '扫一扫']) {
      const button = h.page.locator('taro-button-core', { hasText: label });
      await expect(button.getAttribute('disabled')).resolves.toBeNull();
      const { color, background } = await button.evaluate((el) => ({
        color: getComputedStyle(el).color,
        background: getComputedStyle(el).backgroundColor,
      }));
      expect(color).not.toBe(background); // the label shows
      expect(color).not.toMatch(/rgba\(255, 255, 255, 0\.6\)/); // not Taro's faded disabled text
    }
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('first-use-home');
  });
});
