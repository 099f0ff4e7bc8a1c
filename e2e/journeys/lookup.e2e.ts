import { useHarness } from '../support/harness';

/** The first journey: type a waybill number, press 查询, read the timeline. */
describe('look up a parcel', () => {
  const h = useHarness();

  test('typing a number and pressing 查询 shows the status and the timeline', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill('yt 2468 1357 90211');
    await h.page.getByText('查询', { exact: true }).click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.getByTestId('parcel-status').textContent()).resolves.toMatch(/揽收|运输中/);
    // the number as typed, with its spaces removed, under the carrier detected from it
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain('圆通速递 YT2468135790211');
    expect(await h.page.locator('.timeline__item').count()).toBeGreaterThanOrEqual(2);
    await h.screenshot('lookup-timeline');
  });

  test('a number with illegal characters gets a message on the page and no navigation', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill('YT#2468');
    await h.page.getByText('查询', { exact: true }).click();
    await expect(h.page.getByTestId('lookup-error').textContent()).resolves.toBe('单号只能包含字母和数字');
    await h.screenshot('lookup-bad-input');
  });

  test('an empty number is refused', async () => {
    await h.page.goto(h.url);
    await h.page.getByText('查询', { exact: true }).click();
    await expect(h.page.getByTestId('lookup-error').textContent()).resolves.toBe('请输入快递单号');
  });

  test('the HTTP contract: events with a token, INVALID_INPUT for an empty number, FORBIDDEN without a token', async () => {
    const token = await h.login();
    const found = await h.api<{ ok: boolean; data: { parcel: { events: { time: string }[] } } }>(
      'lookup',
      { waybillNo: 'YT2468135790211' },
      token,
    );
    expect(found.json.ok).toBe(true);
    expect(found.json.data.parcel.events.length).toBeGreaterThan(0);
    expect(found.json.data.parcel.events[0].time).toMatch(/\+08:00$/);
    const empty = await h.api<{ ok: boolean; error: { code: string } }>('lookup', { waybillNo: '' }, token);
    expect(empty.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const anonymous = await h.api<{ ok: boolean; error: { code: string } }>('lookup', { waybillNo: 'YT2468135790211' });
    expect(anonymous.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const forged = await h.api<{ ok: boolean; error: { code: string } }>('lookup', { waybillNo: 'YT2468135790211' }, `${token}x`);
    expect(forged.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
