import { complaintWorld } from '../../../test/support/complaint-world';

/** The SLA timer end to end, on the working-day calendar: 2026 春节 (15–23 Feb off, Sat 14 Feb worked) and 国庆 (1–7 Oct off). */
const USER = 'o_user';
const at = (iso: string) => Date.parse(iso);
const DELAY = {
  waybillNo: 'YT7530129834561',
  type: 'DELAY',
  description: '三天没有任何物流更新了',
  remedy: { kind: 'APOLOGY' },
  contactPhone: '13800138000',
};

async function runAt(w: ReturnType<typeof complaintWorld>, iso: string) {
  w.deps.clock.set(at(iso));
  return w.timers.slaWatch({ name: 'slaWatch', firedAtMs: at(iso) });
}

test('filed on the Friday before 春节: the first answer is due on the make-up Saturday, the resolution after the holiday', async () => {
  const w = complaintWorld(at('2026-02-13T10:00:00+08:00'));
  const { complaint } = await w.ok('fileComplaint', DELAY, USER);
  expect(complaint.deadlines).toMatchObject({ firstResponseDue: '2026-02-14T10:00:00+08:00', resolutionDue: '2026-02-25T10:00:00+08:00' });
  await w.addStaff('li.lead', 'supervisor');

  await runAt(w, '2026-02-14T09:50:00+08:00');
  expect((await w.ok('getComplaint', { id: complaint.id }, USER)).complaint.breaches).toEqual([]);

  await runAt(w, '2026-02-14T10:10:00+08:00');
  await runAt(w, '2026-02-14T10:20:00+08:00');
  const breached = (await w.ok('getComplaint', { id: complaint.id }, USER)).complaint;
  expect(breached.breaches).toEqual([
    { kind: 'FIRST_RESPONSE', dueAt: '2026-02-14T10:00:00+08:00', markedAt: '2026-02-14T10:10:00+08:00' },
  ]);
  const escalated = await w.staff('staffQueue', { breachedOnly: true }, await w.login('li.lead'));
  expect(escalated).toMatchObject({ ok: true, data: { total: 1, items: [{ id: complaint.id, breached: true }] } });

  // All through the holiday the resolution clock stands still.
  await runAt(w, '2026-02-20T12:00:00+08:00');
  expect((await w.ok('getComplaint', { id: complaint.id }, USER)).complaint.breaches).toHaveLength(1);
  await runAt(w, '2026-02-25T10:10:00+08:00');
  const { items } = await w.ok('listMessages', {}, USER);
  expect(items.map((m: { title: string }) => m.title)).toEqual(['投诉没有按时处理完', '投诉没有按时得到答复']);
  expect(items[0].body).toContain('2026年2月25日 10:00');
});

test('filed during 国庆: nothing is due before the first working day, and a reply that day meets the deadline', async () => {
  const w = complaintWorld(at('2026-10-02T12:00:00+08:00'));
  const { complaint } = await w.ok('fileComplaint', DELAY, USER);
  expect(complaint.deadlines.firstResponseDue).toBe('2026-10-09T00:00:00+08:00');
  await w.addStaff('wang.agent', 'agent');
  w.deps.clock.set(at('2026-10-08T15:00:00+08:00'));
  await w.staffOk('staffReply', { id: complaint.id, text: '您好，已催促网点' }, await w.login('wang.agent'));
  await runAt(w, '2026-10-09T09:00:00+08:00');
  expect((await w.ok('getComplaint', { id: complaint.id }, USER)).complaint.breaches).toEqual([]);
});

test('a closed case is never marked, and a run with nothing due reads nothing', async () => {
  const w = complaintWorld(at('2026-11-23T09:00:00+08:00'));
  const { complaint } = await w.ok('fileComplaint', DELAY, USER);
  const supervisor = await w.addStaff('li.lead', 'supervisor');
  await w.staffOk('staffResolve', { id: complaint.id, resolution: '已向您致歉并督促网点', remedy: { kind: 'APOLOGY' } }, supervisor);
  await w.ok('respondToResolution', { id: complaint.id, accept: true }, USER);
  await runAt(w, '2026-12-31T09:00:00+08:00');
  expect((await w.ok('getComplaint', { id: complaint.id }, USER)).complaint.breaches).toEqual([]);
  expect(await w.deps.store.count('complaints', { watchAtMs: { lte: at('2030-01-01T00:00:00+08:00') } })).toBe(0);
});
