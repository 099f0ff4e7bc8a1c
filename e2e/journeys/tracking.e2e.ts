import { planJourney } from '../../server/adapters/carriers/sandbox';
import { HOUR, HOURS_BEFORE_FIRST_LOOKUP } from '../../server/adapters/carriers/sandbox/journeys';
import { labelBarcodePng, labelQrPng } from '../support/barcode';
import { useHarness } from '../support/harness';

/** Tracking journeys a user meets: delivered, trouble, an ambiguous number, SF's phone tail, and scanning a label. */
describe('tracking', () => {
  const h = useHarness();

  async function search(no: string) {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(no);
    await h.page.getByText('查询', { exact: true }).click();
  }

  async function advanceHours(hours: number) {
    const { json } = await h.api<{ ok: boolean }>('_dev/clock', { advanceMs: Math.round(hours * HOUR) });
    expect(json.ok).toBe(true);
  }

  test('a delivered parcel shows 已签收, the courier card and the whole timeline', async () => {
    await search('YT7530129834561');
    await h.page.getByTestId('timeline').waitFor();
    await advanceHours(24 * 5);
    await search('YT7530129834561');
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.getByTestId('parcel-status').textContent()).resolves.toBe('已签收');
    await expect(h.page.getByTestId('courier').textContent()).resolves.toMatch(/快递员 \S+ 1\d{10}/);
    await expect(h.page.locator('.timeline__item').first().textContent()).resolves.toContain('已签收');
    await h.screenshot('tracking-delivered');
  });

  test('a parcel in trouble shows the exception in warning colour, with the receiver phone masked', async () => {
    const no = 'YT7530129834563'; // ends in 3: address unclear
    const journey = planJourney(no, 'YTO');
    const trouble = journey.events.find((e) => e.text.includes('地址不详'))!;
    await search(no);
    await h.page.getByTestId('timeline').waitFor();
    await advanceHours(trouble.h - HOURS_BEFORE_FIRST_LOOKUP + 0.5);
    await search(no);
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.getByTestId('parcel-status').textContent()).resolves.toBe('异常件（地址不详）');
    const latest = h.page.locator('.timeline__item').first();
    await expect(latest.getAttribute('class')).resolves.toContain('timeline__item--trouble');
    await expect(latest.textContent()).resolves.toMatch(/1\d{2}\*{6}\d{2}/);
    await h.screenshot('tracking-exception');
  });

  test('an ambiguous number asks which carrier, and the pick is looked up', async () => {
    await search('432012345678901');
    await h.page.getByTestId('carrier-picker').waitFor();
    await expect(h.page.getByTestId('carrier-picker').textContent()).resolves.toContain('可能属于');
    await h.screenshot('tracking-carrier-picker');
    await h.page.getByText('韵达快递', { exact: true }).click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain('韵达快递 432012345678901');
  });

  test('an SF number asks for the phone tail, refuses a wrong one, and shows the parcel with the right one', async () => {
    await search('SF1234567890121');
    await h.page.getByTestId('phone-tail').waitFor();
    await h.page.getByRole('spinbutton', { name: '手机号后四位' }).fill('0000');
    h.expectRefusal('lookup', 422); // a wrong tail is the user's mistake, and said so
    await h.page.getByText('验证并查询').click();
    await h.page.getByText('手机号后四位不对').waitFor();
    await h.page.getByRole('spinbutton', { name: '手机号后四位' }).fill('5678');
    await h.page.getByText('验证并查询').click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain('顺丰速运 SF1234567890121');
    await h.screenshot('tracking-phone-tail');
  });

  async function scanPhoto(png: Buffer) {
    await h.page.goto(h.url);
    const chooser = h.page.waitForEvent('filechooser');
    await h.page.getByText('扫一扫', { exact: true }).click();
    await (await chooser).setFiles({ name: 'label.png', mimeType: 'image/png', buffer: png });
  }

  test.each([
    ['the Code 128 barcode', (no: string) => labelBarcodePng(h.page, no), 'YT7530129834562', 'tracking-scan-barcode'],
    ['the Code 128 barcode turned 90°', (no: string) => labelBarcodePng(h.page, no, 1), 'YT7530129834572', 'tracking-scan-rotated'],
    ['the QR code', (no: string) => labelQrPng(h.page, no), 'YT7530129834568', 'tracking-scan-qr'],
    [
      'a QR code holding the carrier’s tracking link',
      (no: string) => labelQrPng(h.page, `https://www.yto.net.cn/gw/service/Consult.html?number=${no}`),
      'YT7530129834578',
      'tracking-scan-qr-url',
    ],
  ])('扫一扫 in H5: a photo of %s on the label is decoded and looked up', async (_kind, paint, no, shot) => {
    await scanPhoto(await paint(no));
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain(`圆通速递 ${no}`);
    await h.screenshot(shot);
  });

  test('closing the photo picker without a photo is not an error', async () => {
    await h.page.goto(h.url);
    const chooser = h.page.waitForEvent('filechooser');
    await h.page.getByText('扫一扫', { exact: true }).click();
    await chooser;
    // What Chromium fires when the user dismisses the file dialog.
    await h.page.evaluate(() => document.querySelector('input[type=file]')!.dispatchEvent(new Event('cancel')));
    await h.page.locator('input[type=file]').waitFor({ state: 'detached' }); // the picker is done
    await h.page.waitForTimeout(200);
    await expect(h.page.getByTestId('lookup-error').count()).resolves.toBe(0);
  });

  test.each([
    ['a full-width number', 'ＹＴ７５３０１２９８３４５６１'],
    ['a number inside a message', '【圆通速递】您的快递 运单号：YT7530129834561 已发出，收件人电话13800138000'],
  ])('pasting %s puts the number in the box and finds it', async (_kind, pasted) => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(pasted);
    await expect(h.page.locator('input').first().inputValue()).resolves.toBe('YT7530129834561');
    await h.page.getByText('查询', { exact: true }).click();
    await h.page.getByTestId('timeline').waitFor();
    await expect(h.page.locator('.status-header__meta').textContent()).resolves.toContain('圆通速递 YT7530129834561');
  });
});
