import { useHarness } from '../support/harness';

const HOUR = 3600_000;

/** Follow a parcel, allow reminders, let days pass, and see WeChat-style notifications and the new status. */
describe('follow a parcel', () => {
  const h = useHarness();

  async function passHours(hours: number) {
    for (let done = 0; done < hours; done += 6) {
      await h.api('_dev/clock', { advanceMs: 6 * HOUR });
      const { json } = await h.api<{ ok: boolean }>('_dev/run/monitor', {});
      expect(json.ok).toBe(true);
    }
  }

  test('bind, grant subscriptions, advance the clock: notifications arrive in the local inbox and 我的包裹 shows the change', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill('YT7530129834561');
    await h.page.getByText('查询', { exact: true }).click();
    await h.page.getByTestId('follow').click();
    await h.page.getByText('允许', { exact: true }).click();
    await expect(h.page.getByTestId('reminders').textContent()).resolves.toContain('还能收到 1 条进度提醒、1 条异常提醒');
    await h.screenshot('follow-bound');

    await h.page.goto(`${h.url}#/pages/parcels/index`);
    await expect(h.page.getByTestId('parcel-card-status').textContent()).resolves.toMatch(/运输中|已揽收/);

    await passHours(5 * 24);

    await h.page.goto(`${h.url}#/pages/inbox/index`);
    await h.page.getByTestId('inbox-item').first().waitFor();
    const cards = await h.page.getByTestId('inbox-item').allTextContents();
    expect(cards).toHaveLength(1); // one progress credit: kept for the parcel's key moment, not spent on 到达城市 or 派送中
    expect(cards[0]).toContain('物流进度通知');
    expect(cards[0]).toContain('已签收');
    expect(cards[0]).toContain('YT7530129834561');
    await expect(h.page.getByTestId('inbox-time').first().textContent()).resolves.toMatch(/^\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('follow-inbox');

    await h.page.goto(`${h.url}#/pages/parcels/index`);
    await expect(h.page.getByTestId('parcel-card-status').textContent()).resolves.toBe('已签收');
    await expect(h.page.getByTestId('changed-badge').count()).resolves.toBe(1);
    await expect(h.smallTapTargets()).resolves.toEqual([]);
    await h.screenshot('follow-parcels');

    await h.page.goto(h.url);
    await expect(h.page.getByTestId('unread-badge').textContent()).resolves.toBe('3');

    await h.page.goto(`${h.url}#/pages/messages/index`);
    await h.page.getByTestId('message').first().waitFor();
    const messages = await h.page.getByTestId('message').allTextContents();
    expect(messages.map((m) => m.includes('已通过微信提醒'))).toEqual([true, false, false]); // 已签收, 派送中, 到达城市
    await h.screenshot('follow-messages');

    // The three shown were seen: back home, no badge.
    await h.page.goto(h.url);
    await h.page.getByText('查快递', { exact: true }).waitFor();
    await h.page.waitForTimeout(300);
    await expect(h.page.getByTestId('unread-badge').count()).resolves.toBe(0);
  });
});
