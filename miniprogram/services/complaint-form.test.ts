import { resetTaroMock } from '../../test/taro-mock/taro';
import {
  dropDraft,
  emptyForm,
  evidenceHint,
  formProblems,
  loadDraft,
  saveDraft,
  toRequest,
  yuanToFen,
  type ComplaintForm,
} from './complaint-form';
import type { EvidenceItem } from './evidence';

const file = (kind: 'PHOTO' | 'VIDEO', state: EvidenceItem['state'] = 'ok', n = 1): EvidenceItem => ({
  key: `k${kind}${n}${state}`,
  name: `${kind}-${n}`,
  kind,
  preview: '',
  state,
  fileId: `f-${kind}-${n}`,
  reason: state === 'refused' ? '类型不符：只能上传 JPEG、PNG、HEIC、WebP 照片或 MP4、MOV 视频' : null,
  durationS: null,
});

const complete = (patch: Partial<ComplaintForm> = {}): ComplaintForm => ({
  ...emptyForm('YT7530129834561', 'YTO'),
  type: 'DELAY',
  description: '三天没有任何物流更新了，客服电话也打不通',
  remedyKind: 'APOLOGY',
  contactPhone: '138 0013 8000',
  ...patch,
});

beforeEach(() => resetTaroMock());

describe('what the form flags in place', () => {
  test('an untouched form names every element it needs, each in Chinese', () => {
    const problems = formProblems(emptyForm());
    expect(Object.keys(problems).sort()).toEqual(['contactPhone', 'description', 'remedy', 'type', 'waybillNo']);
    expect(problems.type).toBe('请选择投诉类型');
    expect(problems.contactPhone).toBe('请填写联系电话');
  });

  test('a delay needs no photos: a complete delay complaint has no problems', () => {
    expect(formProblems(complete())).toEqual({});
  });

  test.each([
    ['DAMAGED', 2],
    ['SHORTAGE', 2],
  ] as const)('%s needs photos of the packaging and the contents: %i at least, videos do not count', (type, count) => {
    const oneAndVideo = complete({ type, evidence: [file('PHOTO'), file('VIDEO')] });
    expect(formProblems(oneAndVideo).evidence).toBe(`请上传外包装和内件的照片（至少 ${count} 张照片）`);
    expect(formProblems(complete({ type, evidence: [file('PHOTO', 'ok', 1), file('PHOTO', 'ok', 2)] })).evidence).toBeUndefined();
  });

  test('refused files are not evidence, and files still being checked hold the form back', () => {
    const refused = complete({ type: 'DAMAGED', evidence: [file('PHOTO'), file('PHOTO', 'refused', 2)] });
    expect(formProblems(refused).evidence).toContain('至少 2 张照片');
    const checking = complete({ evidence: [file('PHOTO', 'checking')] });
    expect(formProblems(checking).evidence).toBe('还有文件在检查，请稍候');
  });

  test('an insured parcel needs its value and one more photo as proof of it', () => {
    const insured = complete({ type: 'DAMAGED', insured: true, evidence: [file('PHOTO', 'ok', 1), file('PHOTO', 'ok', 2)] });
    const problems = formProblems(insured);
    expect(problems.insured).toBe('请填写保价金额');
    expect(formProblems({ ...insured, declaredYuan: '300' }).evidence).toBe(
      '请上传外包装和内件的照片，以及保价凭证或物品价值证明（如购物订单截图）（至少 3 张照片）',
    );
    expect(formProblems({ ...insured, declaredYuan: '三百' }).insured).toBe('请填写正确的保价金额，如 300');
  });

  test('compensation needs an amount in 元 that is a sum of money', () => {
    expect(formProblems(complete({ remedyKind: 'COMPENSATION' })).remedy).toBe('要求赔偿时请填写金额');
    expect(formProblems(complete({ remedyKind: 'COMPENSATION', amountYuan: '8.8.8' })).remedy).toBe('请填写正确的金额，如 88 或 88.50');
    expect(formProblems(complete({ remedyKind: 'COMPENSATION', amountYuan: '88' })).remedy).toBeUndefined();
  });

  test('a short description and a wrong phone say what is wrong, not just that something is', () => {
    const problems = formProblems(complete({ description: '太慢了', contactPhone: '12345' }));
    expect(problems.description).toBe('请把经过写得具体一些（至少 10 个字）');
    expect(problems.contactPhone).toBe('请填写正确的手机号或带区号的固定电话');
  });

  test('the evidence hint says up front what a type needs', () => {
    expect(evidenceHint({ type: 'DAMAGED', insured: false })).toBe('请上传外包装和内件的照片（至少 2 张照片）');
    expect(evidenceHint({ type: 'DELAY', insured: false })).toContain('可不传');
  });
});

describe('the request', () => {
  test('yuan become fen exactly, and only checked files are sent', () => {
    expect(yuanToFen('88.5')).toBe(8850);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('')).toBeUndefined();
    const form = complete({
      type: 'DAMAGED',
      remedyKind: 'COMPENSATION',
      amountYuan: '88',
      insured: true,
      declaredYuan: '300',
      evidence: [file('PHOTO', 'ok', 1), file('PHOTO', 'refused', 2), file('VIDEO', 'ok', 3)],
    });
    expect(toRequest(form)).toEqual({
      waybillNo: 'YT7530129834561',
      carrier: 'YTO',
      type: 'DAMAGED',
      description: '三天没有任何物流更新了，客服电话也打不通',
      remedy: { kind: 'COMPENSATION', amountFen: 8800 },
      insured: { declaredValueFen: 30000 },
      contactPhone: '138 0013 8000',
      evidence: ['f-PHOTO-1', 'f-VIDEO-3'],
    });
  });
});

describe('drafts', () => {
  test('a draft survives leaving the page, without the uploads that never finished', () => {
    saveDraft('YT7530129834561', complete({ evidence: [file('PHOTO'), file('VIDEO', 'uploading')] }));
    const back = loadDraft('YT7530129834561');
    expect(back?.description).toBe('三天没有任何物流更新了，客服电话也打不通');
    expect(back?.evidence.map((e) => e.kind)).toEqual(['PHOTO']);
    expect(loadDraft('YT0000000000000')).toBeNull();
    dropDraft('YT7530129834561');
    expect(loadDraft('YT7530129834561')).toBeNull();
  });
});
