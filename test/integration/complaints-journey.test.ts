import { LOCAL_INBOX, type InboxRecord } from '../../server/adapters/wechat/local-inbox-notifier';
import { CASE_LOG } from '../../server/use-cases/complaints/complaint.repository';
import { createVerifyCase } from '../../server/use-cases/complaints/verify-case.use-case';
import { complaintWorld } from '../support/complaint-world';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ALICE = 'o_alice';

describe('a damage complaint from filing to a 12305 appeal, through the functions', () => {
  const w = complaintWorld();
  let id: string;
  let agent: string;

  test('filing: the case comes back with its id, tier, deadlines, thread, evidence and compensation estimate', async () => {
    const complaint = await w.fileDamage(ALICE);
    id = complaint.id;
    expect(complaint).toMatchObject({
      state: 'OPEN',
      tier: 2,
      carrier: 'YTO',
      carrierName: '圆通速递',
      deadlines: {
        firstResponseDue: '2026-11-24T09:00:00+08:00',
        resolutionDue: '2026-11-30T09:00:00+08:00', // 5 working days, over a weekend
        appealOpensAt: '2026-11-30T09:00:00+08:00',
        appealClosesAt: '2027-11-23T09:00:00+08:00',
      },
      messages: [{ from: 'USER', text: '外箱被压扁，里面的玻璃杯碎了两个' }],
      compensation: { basis: 'COURIER_UNINSURED', amountFen: 8800, rule: '《快递暂行条例》第二十七条' },
      appeal: null,
    });
    expect(complaint.evidence.map((e: { kind: string }) => e.kind)).toEqual(['PHOTO', 'PHOTO', 'VIDEO']);
    expect(complaint.evidence.every((e: { url: string | null; sha256: string }) => e.url && /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
    expect(complaint.messages[0].evidence).toHaveLength(3);
  });

  test('the user lists their cases; before 7 days, 12305 is not yet offered and says from when', async () => {
    const { items } = await w.ok('listComplaints', {}, ALICE);
    expect(items.map((c: { id: string }) => c.id)).toEqual([id]);
    const appeal = await w.ok('prepareAppeal', { id }, ALICE);
    expect(appeal).toMatchObject({ eligible: false, reasonCode: 'TOO_EARLY', availableFrom: '2026-11-30T09:00:00+08:00' });
  });

  test('staff: the case tops the queue, opens with its files, parcel timeline and log', async () => {
    agent = await w.addStaff('wang.agent', 'agent');
    const queue = await w.staffOk('staffQueue', {}, agent);
    expect(queue.items[0]).toMatchObject({ id, nextDue: { kind: 'FIRST_RESPONSE', at: '2026-11-24T09:00:00+08:00' }, breached: false });
    const opened = await w.staffOk('staffGetCase', { id }, agent);
    expect(opened.complaint.evidence.every((e: { url: string | null }) => e.url !== null)).toBe(true);
    expect(opened.parcel?.events.length).toBeGreaterThan(0);
    expect(opened.log.map((e: { action: string }) => e.action)).toEqual(['FILE']);
  });

  test("staff see the user's phone masked; the full number on request, which the case log keeps", async () => {
    const opened = await w.staffOk('staffGetCase', { id }, agent);
    expect(opened.complaint.contactPhone).toBe('138******00');
    await expect(w.staffOk('staffRevealContact', { id }, agent)).resolves.toEqual({ contactPhone: '13800138000' });
    const after = await w.staffOk('staffGetCase', { id }, agent);
    expect(after.log.at(-1)).toMatchObject({ action: 'REVEAL_CONTACT', actor: 'staff:wang.agent' });
    expect(after.complaint.state).toBe('OPEN');
  });

  test('a staff reply shows in the thread and in 消息, and goes out as a service notification when the user allowed one', async () => {
    await w.ok('reportSubscription', { results: { service: 'accept' } }, ALICE);
    await w.staffOk('staffAssign', { id, assignee: 'wang.agent' }, agent);
    const { complaint } = await w.staffOk('staffReply', { id, text: '您好，已联系网点核实破损情况，请保留外包装。' }, agent);
    expect(complaint).toMatchObject({ state: 'IN_PROGRESS', assignee: 'wang.agent' });

    const seen = await w.ok('getComplaint', { id }, ALICE);
    expect(seen.complaint.messages.map((m: { from: string }) => m.from)).toEqual(['USER', 'STAFF']);
    expect(seen.complaint.deadlines.firstRespondedAt).toBe('2026-11-23T09:00:00+08:00');
    const { items } = await w.ok('listMessages', {}, ALICE);
    expect(items[0]).toMatchObject({ kind: 'COMPLAINT', title: '客服回复了您的投诉', link: `pages/complaint/detail/index?id=${id}` });

    await w.timers.monitor({ name: 'monitor', firedAtMs: w.deps.clock.now() });
    const inbox = await w.deps.store.find<InboxRecord>(LOCAL_INBOX, { where: { openid: ALICE } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ templateId: 'local-service', page: `pages/complaint/detail/index?id=${id}` });
  });

  test('the user writes again; with no resolution after 7 days, 12305 is offered with every field prepared', async () => {
    await w.ok('addComplaintMessage', { id, text: '网点让我自己去取，能不能上门？' }, ALICE);
    w.advance(7 * DAY);
    const appeal = await w.ok('prepareAppeal', { id }, ALICE);
    expect(appeal).toMatchObject({ eligible: true, reasonCode: 'NO_ANSWER_IN_7_DAYS' });
    expect(appeal.fields.map((f: { key: string }) => f.key)).toContain('evidence');
    expect(appeal.text).toContain('YT7530129834561');
    expect(appeal.text).toMatch(/SHA-256 [0-9a-f]{64}/);

    const { complaint } = await w.ok('recordAppeal', { id, caseNo: 'SS2026112300123' }, ALICE);
    expect(complaint).toMatchObject({ state: 'APPEALED', appeal: { caseNo: 'SS2026112300123', answerDue: '2026-12-30T09:00:00+08:00' } });
    const again = await w.call('recordAppeal', { id, caseNo: 'SS2026112300999' }, ALICE);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED_IN_STATE' } });
  });

  test('the SLA timer marks the missed resolution once and reminds of 12305 three days before its answer is due', async () => {
    w.advance(10 * 60_000); // the next run after the deadline
    await w.timers.slaWatch({ name: 'slaWatch', firedAtMs: w.deps.clock.now() });
    const breached = await w.ok('getComplaint', { id }, ALICE);
    expect(breached.complaint.breaches).toEqual([
      { kind: 'RESOLUTION', dueAt: '2026-11-30T09:00:00+08:00', markedAt: '2026-11-30T09:10:00+08:00' },
    ]);
    await w.timers.slaWatch({ name: 'slaWatch', firedAtMs: w.deps.clock.now() });
    w.advance(27 * DAY);
    await w.timers.slaWatch({ name: 'slaWatch', firedAtMs: w.deps.clock.now() });
    await w.timers.slaWatch({ name: 'slaWatch', firedAtMs: w.deps.clock.now() });
    const { items } = await w.ok('listMessages', {}, ALICE);
    expect(items.map((m: { title: string }) => m.title)).toEqual(['12305 答复期限快到了', '投诉没有按时处理完', '客服回复了您的投诉']);
  });

  test('every change is in the case log, and the chain verifies', async () => {
    const verdict = await createVerifyCase(w.deps)(id);
    expect(verdict).toEqual({ ok: true, count: 8, head: expect.objectContaining({ seq: 8 }) });
    const actions = (
      await w.deps.store.find<{ action: string }>(CASE_LOG, { where: { caseId: id }, orderBy: [{ field: 'seq', direction: 'asc' }] })
    ).map((e) => e.action);
    expect(actions).toEqual([
      'FILE',
      'REVEAL_CONTACT',
      'ASSIGN',
      'STAFF_REPLY',
      'USER_MESSAGE',
      'RECORD_APPEAL',
      'MARK_BREACH',
      'REMIND_APPEAL',
    ]);
  });
});

describe('a resolution the user rejects opens 12305 at once', () => {
  test('resolve → reject → appeal eligible with the rejection in the prepared text', async () => {
    const w = complaintWorld();
    const { id } = await w.fileDamage(ALICE);
    const supervisor = await w.addStaff('li.lead', 'supervisor');
    const resolved = await w.staffOk(
      'staffResolve',
      { id, resolution: '网点同意赔偿 50 元', remedy: { kind: 'COMPENSATION', amountFen: 5000 } },
      supervisor,
    );
    expect(resolved.complaint).toMatchObject({ state: 'RESOLVED', resolution: { text: '网点同意赔偿 50 元', response: null } });
    expect(await w.ok('prepareAppeal', { id }, ALICE)).toMatchObject({ eligible: false, reasonCode: 'AWAITING_RESPONSE' });

    const { complaint } = await w.ok('respondToResolution', { id, accept: false, reason: '杯子值 88 元' }, ALICE);
    expect(complaint.state).toBe('REJECTED');
    const appeal = await w.ok('prepareAppeal', { id }, ALICE);
    expect(appeal).toMatchObject({ eligible: true, reasonCode: 'RESOLUTION_REJECTED' });
    expect(appeal.text).toContain('本人不接受，理由：杯子值 88 元');
    const { items } = await w.ok('listMessages', {}, ALICE);
    expect(items[0]).toMatchObject({ title: '您的投诉有了处理结果' });
  });

  test('an accepted resolution closes the case: nothing more can be written', async () => {
    const w = complaintWorld();
    const { id } = await w.fileDamage(ALICE);
    const supervisor = await w.addStaff('li.lead', 'supervisor');
    await w.staffOk('staffResolve', { id, resolution: '补发一套杯子', remedy: { kind: 'RESEND' } }, supervisor);
    expect((await w.ok('respondToResolution', { id, accept: true }, ALICE)).complaint.state).toBe('CLOSED');
    expect(await w.call('addComplaintMessage', { id, text: '还有一个问题' }, ALICE)).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE', message: '这件投诉已完结' },
    });
    expect((await w.staffOk('staffQueue', {}, supervisor)).items).toEqual([]);
  });
});
