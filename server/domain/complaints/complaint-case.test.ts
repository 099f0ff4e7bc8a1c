import { complaintFunctions, complaintSchema, complaintSummarySchema } from '../../../types/complaints';
import { queueItemSchema, staffComplaintSchema, staffFunctions } from '../../../types/staff';
import { verifyChain, type CaseLogEntry } from './case-log';
import { buildReport } from './case-report';
import {
  addUserMessage,
  assignCase,
  fileCase,
  markBreaches,
  recordAppeal,
  resolveCase,
  respondToResolution,
  setTier,
  staffReply,
  type CaseChange,
  type FileInput,
} from './complaint-case';
import type { CaseEvidence } from './complaint-record';
import { DAMAGE_COMPLAINT } from './test-fixtures';
import { appealPreparation, complaintView, queueItemView, staffComplaintView, summaryView } from './complaint-view';

const at = (iso: string) => Date.parse(iso);
const FILED = at('2026-11-23T09:00:00+08:00'); // a Monday
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const evidence = (fileId: string, kind: 'PHOTO' | 'VIDEO'): CaseEvidence => ({
  fileId,
  kind,
  mime: kind === 'PHOTO' ? 'image/jpeg' : 'video/mp4',
  bytes: 1_000_000,
  durationS: kind === 'VIDEO' ? 12 : null,
  sha256: fileId
    .padEnd(64, '0')
    .slice(0, 64)
    .replace(/[^0-9a-f]/g, 'a'),
});

const damage: FileInput = { ...DAMAGE_COMPLAINT, carrier: 'YTO' };
const ctx = {
  id: 'case-0001',
  owner: 'o-owner',
  messageId: 'm-1',
  nowMs: FILED,
  carrierName: '圆通速递',
  evidence: [evidence('f1', 'PHOTO'), evidence('f2', 'PHOTO'), evidence('f3', 'VIDEO')],
  earlier: [],
};

/** Runs changes one after another, keeping every log entry, as a repository would. */
function journey(first: CaseChange, ...steps: ((r: CaseChange['record']) => CaseChange)[]) {
  const log: CaseLogEntry[] = [...first.entries];
  let record = first.record;
  for (const step of steps) {
    const next = step(record);
    log.push(...next.entries);
    record = next.record;
  }
  return { record, log };
}

describe('filing a case', () => {
  it('opens a damage complaint with its tier, deadlines, thread, estimate and first log entry', () => {
    const { record, entries } = fileCase(damage, ctx);
    const view = complaintSchema.parse(complaintView(record));
    expect(view).toMatchObject({
      state: 'OPEN',
      tier: 2,
      deadlines: {
        firstResponseDue: '2026-11-24T09:00:00+08:00',
        resolutionDue: '2026-11-30T09:00:00+08:00',
        appealOpensAt: '2026-11-30T09:00:00+08:00',
        appealClosesAt: '2027-11-23T09:00:00+08:00',
      },
      compensation: { basis: 'COURIER_UNINSURED', amountFen: 8800 },
      appeal: null,
      logHead: { seq: 1, hash: entries[0].hash },
    });
    expect(view.messages).toHaveLength(1);
    expect(view.messages[0]).toMatchObject({ from: 'USER', text: damage.description });
    expect(view.messages[0].evidence.map((e) => e.fileId)).toEqual(['f1', 'f2', 'f3']);
    expect(verifyChain(record.id, entries, record.logHead).ok).toBe(true);
  });

  it('refuses a damage complaint without photos of the packaging and contents, in Chinese', () => {
    expect(() => fileCase(damage, { ...ctx, evidence: [evidence('f3', 'VIDEO')] })).toThrow(
      'INVALID_INPUT: 请上传外包装和内件的照片（至少 2 张照片）',
    );
  });

  it('a repeat on the same parcel links the earlier case, is 二级 at least and due within 48 h', () => {
    const { record } = fileCase(
      { ...damage, type: 'DELAY', remedy: { kind: 'APOLOGY' } },
      { ...ctx, evidence: [], earlier: [{ id: 'case-0000' }] },
    );
    expect(record).toMatchObject({ repeatOf: 'case-0000', tier: 2 });
    expect(record.deadlines.resolutionDueMs).toBe(FILED + 2 * DAY);
  });
});

describe('a case through its life', () => {
  it('staff reply, no resolution in 7 days, the user appeals to 12305: the log verifies all along', () => {
    const { record, log } = journey(
      fileCase(damage, ctx),
      (r) => staffReply(r, { id: 'm-2', username: 'lina', text: '已联系网点核实', nowMs: FILED + 2 * HOUR }),
      (r) => addUserMessage(r, { id: 'm-3', text: '补一张内件照片', evidence: [evidence('f4', 'PHOTO')], nowMs: FILED + 3 * HOUR }),
      (r) => recordAppeal(r, { caseNo: 'SS20261130001', nowMs: FILED + 7 * DAY + HOUR }),
    );
    const view = complaintSchema.parse(complaintView(record));
    expect(view.state).toBe('APPEALED');
    expect(view.appeal).toEqual({
      caseNo: 'SS20261130001',
      recordedAt: '2026-11-30T10:00:00+08:00',
      answerDue: '2026-12-30T10:00:00+08:00',
    });
    expect(view.deadlines.firstRespondedAt).toBe('2026-11-23T11:00:00+08:00');
    expect(view.messages.map((m) => m.from)).toEqual(['USER', 'STAFF', 'USER']);
    expect(log.map((e) => e.action)).toEqual(['FILE', 'STAFF_REPLY', 'USER_MESSAGE', 'RECORD_APPEAL']);
    expect(verifyChain(record.id, log, record.logHead)).toEqual({ ok: true, count: 4, head: record.logHead });
  });

  it('an appeal before the 7 days is refused with the date it becomes possible', () => {
    const { record } = fileCase(damage, ctx);
    expect(() => recordAppeal(record, { caseNo: 'X1', nowMs: FILED + DAY })).toThrow(
      'NOT_ALLOWED_IN_STATE: 请先给快递公司 7 天处理时间：到 2026年11月30日 09:00 仍没有处理结果，就可以向 12305 申诉',
    );
    const preparation = complaintFunctions.prepareAppeal.response.parse(appealPreparation(record, FILED + DAY));
    expect(preparation).toMatchObject({ eligible: false, reasonCode: 'TOO_EARLY', availableFrom: '2026-11-30T09:00:00+08:00' });
    expect(preparation.fields.find((f) => f.key === 'company')?.value).toBe('圆通速递');
  });

  it('a rejected resolution opens the appeal at once; an accepted one closes the case', () => {
    const resolved = journey(fileCase(damage, ctx), (r) =>
      resolveCase(r, { username: 'lina', text: '补偿 10 元优惠券', remedy: { kind: 'OTHER' }, nowMs: FILED + DAY }),
    ).record;
    const rejected = respondToResolution(resolved, { accept: false, reason: '杯子 88 元', nowMs: FILED + DAY + HOUR }).record;
    expect(rejected.state).toBe('REJECTED');
    expect(appealPreparation(rejected, FILED + DAY + 2 * HOUR)).toMatchObject({ eligible: true, reasonCode: 'RESOLUTION_REJECTED' });
    const accepted = respondToResolution(resolved, { accept: true, reason: null, nowMs: FILED + DAY + HOUR }).record;
    expect(accepted.state).toBe('CLOSED');
    expect(() => respondToResolution(accepted, { accept: false, reason: null, nowMs: FILED + 2 * DAY })).toThrow('NOT_ALLOWED_IN_STATE');
  });

  it('staff assign and change the tier, each in the log', () => {
    const { record, log } = journey(
      fileCase(damage, ctx),
      (r) => assignCase(r, { by: 'chen', assignee: 'lina', nowMs: FILED + HOUR }),
      (r) => setTier(r, { by: 'chen', tier: 3, reason: '媒体关注', nowMs: FILED + 2 * HOUR }),
    );
    expect(staffComplaintSchema.parse(staffComplaintView(record))).toMatchObject({ assignee: 'lina', tier: 3 });
    expect(log.at(-1)?.data).toEqual({ from: 2, to: 3, reason: '媒体关注' });
  });
});

describe('the SLA timer on a case', () => {
  it('marks a missed first response once, and the queue shows it', () => {
    const { record } = fileCase(damage, ctx);
    expect(markBreaches(record, FILED + 23 * HOUR).entries).toEqual([]);
    const breached = markBreaches(record, FILED + 25 * HOUR);
    expect(breached.entries.map((e) => e.data)).toEqual([{ kind: 'FIRST_RESPONSE', dueAt: '2026-11-24T09:00:00+08:00' }]);
    expect(markBreaches(breached.record, FILED + 26 * HOUR).entries).toEqual([]);
    expect(queueItemSchema.parse(queueItemView(breached.record))).toMatchObject({
      breached: true,
      nextDue: { kind: 'FIRST_RESPONSE', at: '2026-11-24T09:00:00+08:00' },
    });
    expect(complaintSummarySchema.parse(summaryView(breached.record)).state).toBe('OPEN');
  });
});

describe('the supervisors report', () => {
  it('counts cases by type, carrier and tier, and the SLA hit rates', () => {
    const a = journey(fileCase(damage, ctx), (r) =>
      staffReply(r, { id: 'm-2', username: 'lina', text: '收到', nowMs: FILED + HOUR }),
    ).record;
    const b = markBreaches(fileCase(damage, { ...ctx, id: 'case-0002' }).record, FILED + 2 * DAY).record;
    const c = fileCase(
      { ...damage, carrier: undefined, type: 'DELAY', remedy: { kind: 'APOLOGY' } },
      { ...ctx, id: 'case-0003', carrierName: null, evidence: [] },
    ).record;
    const report = staffFunctions.staffReport.response.parse(buildReport([a, b, c], { fromMs: null, toMs: null, nowMs: FILED + 2 * DAY }));
    expect(report).toMatchObject({
      total: 3,
      byTier: { '1': 1, '2': 2, '3': 0 },
      byCarrier: [
        { carrier: 'YTO', name: '圆通速递', count: 2 },
        { carrier: null, name: '未识别快递公司', count: 1 },
      ],
      slaHitRate: { firstResponse: 0.333, resolution: null },
      breaches: { firstResponse: 1, resolution: 0 },
    });
    expect(report.byType.DAMAGED).toBe(2);
  });
});
