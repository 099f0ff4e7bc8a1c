import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAddStaff } from '../../server/use-cases/staff/staff-login.use-case';
import { useHarness } from '../support/harness';

/**
 * A damage complaint from the user's side, in the mini program's H5 build: opened from the result
 * page, the missing elements flagged in place, two photos and a video checked (and a fake photo
 * refused with its reason), the case page, a staff reply in the thread and in 消息, and 12305
 * after seven days without a resolution. Every new page is checked by axe and saved at 375 px.
 */
const HOUR = 3600_000;
const NO = 'YT7530129834561';
const PASSWORD = 'correct-horse-battery-staple';
const STAFF_REPLY = '您好，已联系网点核实破损情况，请保留外包装。';
const fixture = (name: string) => ({
  name,
  mimeType: name.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg',
  buffer: readFileSync(join(__dirname, 'fixtures', name)),
});

describe('complaint', () => {
  const h = useHarness();
  let caseId = '';

  const byTestId = (id: string) => h.page.getByTestId(id);
  const textOf = (id: string) => byTestId(id).textContent();
  // Taro's H5 input is a custom element holding the real one: the real one is what a person types in.
  const field = (placeholder: string) => h.page.locator(`input[placeholder="${placeholder}"]`);

  let staffToken = '';
  async function staff<T>(name: string, body: unknown): Promise<T> {
    const res = await fetch(`${h.url}console/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(staffToken ? { authorization: `Bearer ${staffToken}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { ok: boolean; data: T };
    expect(json.ok).toBe(true);
    return json.data;
  }

  /** A fresh load: a hash change alone would show the page Taro keeps in its stack, with what it showed before. */
  async function openDetail() {
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}#/pages/complaint/detail/index?id=${caseId}`);
    await byTestId('case-state').waitFor();
  }

  test('from the result page, the form flags what is missing in place and keeps the draft', async () => {
    await h.page.goto(h.url);
    await h.page.locator('input').first().fill(NO);
    await h.page.getByText('查询', { exact: true }).click();
    await byTestId('timeline').waitFor();
    await byTestId('complain').click();

    await byTestId('type').waitFor();
    await expect(field('快递单号').inputValue()).resolves.toBe(NO);
    await byTestId('type-DAMAGED').click();
    await expect(textOf('evidence-hint')).resolves.toBe('请上传外包装和内件的照片（至少 2 张照片）');
    await byTestId('file-complaint').click();
    await expect(textOf('missing-summary')).resolves.toBe('还差 4 项：经过、证据、处理方式、联系电话');
    await expect(textOf('missing-description')).resolves.toBe('请描述发生了什么');
    await expect(textOf('missing-evidence')).resolves.toBe('请上传外包装和内件的照片（至少 2 张照片）');
    await expect(textOf('missing-contactPhone')).resolves.toBe('请填写联系电话');
    await h.screenshot('complaint-form-missing');

    await h.page.locator('textarea').fill('外箱被压扁，里面的玻璃杯碎了两个');
    await field('手机号或带区号的固定电话').fill('13800138000');
    // Leaving the page and coming back: the draft is still there.
    await h.page.goBack();
    await byTestId('complain').click();
    await byTestId('type').waitFor();
    await expect(h.page.locator('textarea').inputValue()).resolves.toBe('外箱被压扁，里面的玻璃杯碎了两个');
    await expect(byTestId('type-DAMAGED').getAttribute('class')).resolves.toContain('choice-chips__chip--on');
  });

  test('two photos and a video pass; a text file named .jpg is refused with its reason and removed', async () => {
    h.expectRefusal('checkEvidence', 422);
    const chooser = h.page.waitForEvent('filechooser');
    await byTestId('evidence-add').click();
    await (
      await chooser
    ).setFiles([
      fixture('box.jpg'),
      fixture('glass.jpg'),
      fixture('unboxing.mp4'),
      { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是照片，是一段文字') },
    ]);
    const SETTLED = '[data-testid=evidence-item][data-state=ok], [data-testid=evidence-item][data-state=refused]';
    await h.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, SETTLED, { timeout: 20_000 });
    await expect(h.page.locator('[data-testid=evidence-item][data-state=ok]').count()).resolves.toBe(3);
    const refused = h.page.locator('[data-testid=evidence-item][data-state=refused]');
    await expect(refused.getByTestId('evidence-reason').textContent()).resolves.toMatch(/^类型不符/);
    await expect(h.page.locator('[data-testid=evidence-item][data-state=ok]').nth(2).textContent()).resolves.toMatch(/已通过 · \d+ 秒/);
    await h.screenshot('complaint-form-evidence');
    await refused.getByTestId('evidence-remove').click();
    await expect(h.page.getByTestId('evidence-item').count()).resolves.toBe(3);
  });

  test('filing with compensation asked opens the case: state, deadlines in plain words, the estimate and its rule', async () => {
    await byTestId('remedy-COMPENSATION').click();
    await field('要求赔偿的金额（元）').fill('88');
    await byTestId('file-complaint').click();
    await byTestId('case-state').waitFor();
    caseId = new URL(h.page.url().replace('#/', '')).searchParams.get('id') ?? '';
    expect(caseId).not.toBe('');
    await expect(textOf('case-state')).resolves.toBe('待受理');
    await expect(textOf('deadlines')).resolves.toMatch(/客服最晚 \d{1,2}月\d{1,2}日 \d\d:\d\d 前答复/);
    await expect(textOf('compensation')).resolves.toContain('《快递暂行条例》第二十七条');
    await expect(textOf('appeal-offer')).resolves.toContain('请先给快递公司 7 天处理时间');
    await expect(h.page.getByTestId('msg-user').textContent()).resolves.toContain('附 2 张照片、1 段视频');
    // The photos come back through short-lived links and load.
    const photos = h.page.locator('[data-testid=thread-photo] img');
    expect(await photos.count()).toBe(2);
    await h.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid=thread-photo] img')].every((i) => i.naturalWidth > 0),
    );
    await h.screenshot('complaint-detail');
  });

  test('a staff reply shows in the thread and in 消息, whose message opens the case', async () => {
    await createAddStaff(h.deps)({ username: 'wang.agent', role: 'agent', password: PASSWORD });
    staffToken = (await staff<{ token: string }>('login', { username: 'wang.agent', password: PASSWORD })).token;
    await staff('staffReply', { id: caseId, text: STAFF_REPLY });

    await openDetail();
    await expect(h.page.getByTestId('msg-staff').textContent()).resolves.toContain(STAFF_REPLY);
    await expect(textOf('case-state')).resolves.toBe('处理中');
    await h.page.locator('textarea').fill('好的，外包装已保留，需要的话可以上门查看。');
    await byTestId('send').click();
    await h.page.getByTestId('msg-user').nth(1).waitFor();
    await h.screenshot('complaint-detail-reply');

    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}#/pages/messages/index`);
    const first = h.page.getByTestId('message').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('客服回复了您的投诉');
    await first.click();
    await h.page.locator(`[data-testid=msg-staff]`).waitFor();
    await expect(h.page.getByTestId('msg-staff').textContent()).resolves.toContain(STAFF_REPLY);
  });

  test('seven days without a resolution: 12305 is offered, the appeal is prepared, and the case number shows', async () => {
    await h.api('_dev/clock', { advanceMs: 7 * 24 * HOUR + HOUR });
    await h.api('_dev/run/slaWatch', {});
    await openDetail();
    await expect(textOf('appeal-offer')).resolves.toContain('7 天内没有给出处理结果');
    await expect(textOf('deadlines')).resolves.toContain('已超时');
    await byTestId('open-appeal').click();

    await byTestId('appeal-text').waitFor();
    const text = await textOf('appeal-text');
    expect(text).toContain(NO);
    expect(text).toContain('SHA-256');
    await expect(textOf('appeal-fields')).resolves.toContain('快递单号');
    await byTestId('copy-text').click();
    const copied = await h.page.evaluate(() => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{"data":""}').data as string);
    expect(copied).toBe(text);
    await h.screenshot('complaint-appeal');

    await field('12305 给出的申诉编号').fill('SS2026113000123');
    await byTestId('record-appeal').click();
    await expect(textOf('appeal-saved')).resolves.toContain('SS2026113000123');
    await h.screenshot('complaint-appeal-recorded');
    await openDetail();
    await expect(textOf('case-state')).resolves.toBe('已向 12305 申诉');
    await expect(textOf('appeal-recorded')).resolves.toContain('SS2026113000123');
    await h.screenshot('complaint-detail-appealed');
  });

  test('我的投诉 lists the case, reached from 我的包裹', async () => {
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}#/pages/parcels/index`);
    await byTestId('my-complaints').click();
    const item = byTestId('complaint-item');
    await item.first().waitFor();
    await expect(item.first().textContent()).resolves.toContain('损毁');
    await expect(item.first().textContent()).resolves.toContain('已向 12305 申诉');
    await h.screenshot('complaint-list');
  });

  test('a resolution the user does not accept, with the reason, opens 12305 at once', async () => {
    const { data } = await h.page.evaluate(() => JSON.parse(localStorage.getItem('pm.devToken') ?? '{}') as { data: string });
    const filed = await h.api<{ data: { complaint: { id: string } } }>(
      'fileComplaint',
      {
        waybillNo: NO,
        type: 'DELAY',
        description: '比承诺的送达时间晚了整整三天',
        remedy: { kind: 'REFUND' },
        contactPhone: '13800138000',
      },
      data,
    );
    const id = filed.json.data.complaint.id;
    await staff('staffResolve', { id, resolution: '经核实属实，退还运费 12 元。', remedy: { kind: 'REFUND', amountFen: 1200 } });
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}#/pages/complaint/detail/index?id=${id}`);
    await byTestId('resolution').waitFor();
    await expect(textOf('case-state')).resolves.toBe('待您确认');
    await expect(textOf('resolution')).resolves.toContain('退款 12.00 元');
    await h.screenshot('complaint-resolution');
    await byTestId('reject').click();
    await h.page.locator('textarea[placeholder^="哪里不满意"]').fill('延误导致生日礼物没赶上，只退运费不够');
    await byTestId('confirm-reject').click();
    await byTestId('resolution-response').waitFor();
    await expect(textOf('resolution-response')).resolves.toBe('您不接受这个结果：延误导致生日礼物没赶上，只退运费不够');
    await expect(textOf('case-state')).resolves.toBe('不满意处理结果');
    await expect(textOf('appeal-offer')).resolves.toContain('您不接受快递公司的处理结果，可以向 12305 申诉');
    await byTestId('open-appeal').waitFor();
  });

  test('at 320 px with text a third larger nothing runs off the side, and every control is thumb-sized', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 });
    const routes = [
      [`#/pages/complaint/new/index?waybillNo=${NO}&carrier=YTO`, 'type'],
      [`#/pages/complaint/detail/index?id=${caseId}`, 'case-state'],
      [`#/pages/complaint/appeal/index?id=${caseId}`, 'appeal-text'],
      ['#/pages/complaint/list/index', 'complaint-item'],
    ];
    for (const [route, ready] of routes) {
      await h.page.goto('about:blank');
      await h.page.goto(`${h.url}${route}`);
      await byTestId(ready).first().waitFor();
      await h.page.evaluate(() => {
        const root = document.documentElement;
        root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 1.3}px`;
      });
      await h.page.waitForTimeout(300);
      await expect(h.overflowing()).resolves.toEqual([]);
      await expect(h.smallTapTargets()).resolves.toEqual([]);
    }
    await h.page.setViewportSize({ width: 375, height: 667 });
  });
});
