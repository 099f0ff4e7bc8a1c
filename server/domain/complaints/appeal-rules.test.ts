import { toChinaIso } from './china-time';
import { appealAnswerWindow, appealEligibility, type AppealFacts } from './appeal-rules';
import { prepareAppealText, type AppealCase } from './appeal-text';
import { DAMAGE_COMPLAINT } from './test-fixtures';

const at = (iso: string) => Date.parse(iso);
const filed = at('2026-03-02T10:00:00+08:00');
const facts = (over: Partial<AppealFacts>): AppealFacts => ({ filedAtMs: filed, resolution: null, appeal: null, nowMs: filed, ...over });

describe('12305 appeal eligibility', () => {
  it('not before the company had 7 days, and says from when', () => {
    const v = appealEligibility(facts({ nowMs: at('2026-03-09T09:59:00+08:00') }));
    expect(v).toMatchObject({ eligible: false, code: 'TOO_EARLY', availableFromMs: at('2026-03-09T10:00:00+08:00') });
    expect(v.reason).toContain('2026年3月9日 10:00');
  });

  it('after 7 days without a resolution', () => {
    expect(appealEligibility(facts({ nowMs: at('2026-03-09T10:00:00+08:00') }))).toMatchObject({
      eligible: true,
      code: 'NO_ANSWER_IN_7_DAYS',
    });
  });

  it('a resolution given within the 7 days waits for the user to accept or reject it', () => {
    const resolution = { atMs: at('2026-03-05T10:00:00+08:00'), response: null };
    expect(appealEligibility(facts({ resolution, nowMs: at('2026-03-20T10:00:00+08:00') })).code).toBe('AWAITING_RESPONSE');
  });

  it('a resolution given late does not take the right away', () => {
    const resolution = { atMs: at('2026-03-12T10:00:00+08:00'), response: null };
    expect(appealEligibility(facts({ resolution, nowMs: at('2026-03-13T10:00:00+08:00') })).code).toBe('NO_ANSWER_IN_7_DAYS');
  });

  it('right away once the user rejected the resolution, even within the 7 days', () => {
    const resolution = { atMs: filed + 3_600_000, response: { accept: false } };
    expect(appealEligibility(facts({ resolution, nowMs: filed + 7_200_000 }))).toMatchObject({
      eligible: true,
      code: 'RESOLUTION_REJECTED',
    });
  });

  it('not after accepting, not twice, not after a year from the dispute', () => {
    const accepted = { atMs: filed + 1, response: { accept: true } };
    expect(appealEligibility(facts({ resolution: accepted, nowMs: filed + 9e8 })).code).toBe('ACCEPTED');
    expect(appealEligibility(facts({ appeal: { caseNo: 'A123' }, nowMs: filed + 9e8 })).reason).toContain('A123');
    const v = appealEligibility(facts({ disputeAtMs: at('2025-03-01T08:00:00+08:00'), nowMs: at('2026-03-09T10:00:00+08:00') }));
    expect(v).toMatchObject({ eligible: false, code: 'EXPIRED' });
    expect(v.reason).toContain('2026年3月1日');
  });

  it('12305 answers within 30 days; the user is reminded 3 days before', () => {
    const w = appealAnswerWindow(at('2026-03-10T10:00:00+08:00'));
    expect([toChinaIso(w.answerDueMs), toChinaIso(w.remindAtMs)]).toEqual(['2026-04-09T10:00:00+08:00', '2026-04-06T10:00:00+08:00']);
  });
});

describe('the prepared appeal', () => {
  const c: AppealCase = {
    ...DAMAGE_COMPLAINT,
    carrierName: '圆通速递',
    filedAtMs: filed,
    history: [
      { atMs: filed, from: 'USER', text: '外箱被压扁，里面的玻璃杯碎了两个' },
      { atMs: filed + 3_600_000, from: 'STAFF', text: '已联系网点核实' },
    ],
    resolution: {
      text: '补偿 10 元优惠券',
      atMs: at('2026-03-04T10:00:00+08:00'),
      response: { accept: false, reason: '杯子 88 元', atMs: at('2026-03-04T12:00:00+08:00') },
    },
    evidence: [
      { fileId: 'f1', kind: 'PHOTO', mime: 'image/jpeg', bytes: 1_258_291, durationS: null, sha256: 'a'.repeat(64) },
      { fileId: 'f2', kind: 'VIDEO', mime: 'video/mp4', bytes: 8_388_608, durationS: 12.5, sha256: 'b'.repeat(64) },
    ],
    logHead: { seq: 5, hash: 'c'.repeat(64) },
    nowMs: at('2026-03-05T10:00:00+08:00'),
  };

  it('fills every 12305 field it can, in the form order, and leaves the name to the user', () => {
    const { fields } = prepareAppealText(c);
    expect(fields.map((f) => f.label)).toEqual([
      '申诉人姓名',
      '申诉人手机',
      '寄件人及联系方式',
      '收件人及联系方式',
      '快递单号',
      '被申诉企业',
      '申诉类型',
      '向企业投诉的日期和结果',
      '申诉诉求',
      '申诉内容',
      '证据',
    ]);
    const value = (key: string) => fields.find((f) => f.key === key)?.value;
    expect(value('appellantName')).toBeNull();
    expect(value('appealType')).toBe('损毁');
    expect(value('request')).toBe('赔偿 88 元');
    expect(value('priorComplaint')).toBe(
      '2026年3月2日 10:00 通过包裹管家向圆通速递投诉；2026年3月4日 10:00 处理结果：补偿 10 元优惠券；本人不接受，理由：杯子 88 元',
    );
  });

  it('carries the case history, the evidence with SHA-256s and the log head in the text', () => {
    const { text } = prepareAppealText(c);
    expect(text).toContain('2026年3月2日 11:00 快递公司客服：已联系网点核实');
    expect(text).toContain(`1. 照片，image/jpeg，1.2 MB，SHA-256 ${'a'.repeat(64)}`);
    expect(text).toContain(`2. 视频 12.5 秒，video/mp4，8.0 MB，SHA-256 ${'b'.repeat(64)}`);
    expect(text).toContain(`最新记录校验值 ${'c'.repeat(64)}`);
    expect(text).toContain('申诉人姓名：（请填写您的真实姓名）');
  });

  it('gives a small photo its size in KB instead of "0.0 MB"', () => {
    const { text } = prepareAppealText({ ...c, evidence: [{ ...c.evidence[0]!, bytes: 9300 }] });
    expect(text).toContain(`1. 照片，image/jpeg，9 KB，SHA-256 ${'a'.repeat(64)}`);
  });

  it('says how long the company has been silent when there is no resolution', () => {
    const silent = prepareAppealText({ ...c, resolution: null, nowMs: at('2026-03-10T11:00:00+08:00') });
    expect(silent.fields.find((f) => f.key === 'priorComplaint')?.value).toBe(
      '2026年3月2日 10:00 通过包裹管家向圆通速递投诉，已过 8 天仍未给出处理结果',
    );
  });
});
