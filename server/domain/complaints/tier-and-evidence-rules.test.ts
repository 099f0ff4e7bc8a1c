import { judgeMedia, declaredKind, MAX_PHOTO_BYTES, refusalMessage, type MediaFacts } from './evidence-rules';
import { missingElements, requiredPhotos } from '../../../types/complaint-elements';
import { DAMAGE_COMPLAINT } from './test-fixtures';
import { chooseTier } from './tier-rules';

describe('tiers', () => {
  it('outlet service problems are 一级', () => {
    expect(chooseTier({ type: 'NOT_DELIVERED_TO_DOOR', valueAtStakeFen: 0, earlierComplaints: 0 }).tier).toBe(1);
  });
  it('losses, a repeated complaint or 1000 元 at stake are 二级', () => {
    expect(chooseTier({ type: 'DAMAGED', valueAtStakeFen: 5_000, earlierComplaints: 0 }).tier).toBe(2);
    expect(chooseTier({ type: 'DELAY', valueAtStakeFen: 0, earlierComplaints: 1 }).tier).toBe(2);
    expect(chooseTier({ type: 'DELAY', valueAtStakeFen: 100_000, earlierComplaints: 0 }).tier).toBe(2);
  });
  it('a privacy leak, 1 万元 at stake or a third complaint are 三级, with the reasons named', () => {
    expect(chooseTier({ type: 'PRIVACY_LEAK', valueAtStakeFen: 0, earlierComplaints: 0 }).tier).toBe(3);
    expect(chooseTier({ type: 'LOST', valueAtStakeFen: 1_000_000, earlierComplaints: 2 })).toEqual({
      tier: 3,
      reasons: ['涉及金额 1 万元及以上', '同一包裹第 3 次投诉'],
    });
  });
});

describe('the five elements', () => {
  const complete = {
    ...DAMAGE_COMPLAINT,
    evidence: ['PHOTO', 'PHOTO', 'VIDEO'] as const,
  };

  it('nothing is missing from a complete damage complaint', () => {
    expect(missingElements(complete)).toEqual({});
  });

  it('an empty form lists every element with what to do, in form order', () => {
    const missing = missingElements({ type: 'DAMAGED' });
    expect(Object.keys(missing)).toEqual(['waybillNo', 'description', 'evidence', 'remedy', 'contactPhone']);
    expect(missing.evidence).toBe('请上传外包装和内件的照片（至少 2 张照片）');
  });

  it('a damage complaint with one photo asks for the packaging and the contents', () => {
    expect(missingElements({ ...complete, evidence: ['PHOTO', 'VIDEO'] })).toEqual({
      evidence: '请上传外包装和内件的照片（至少 2 张照片）',
    });
  });

  it('an insured value needs a proof of value on top', () => {
    const insured = { ...complete, insured: { declaredValueFen: 20_000 } };
    expect(missingElements(insured).evidence).toBe(
      '请上传外包装和内件的照片，以及保价凭证或物品价值证明（如购物订单截图）（至少 3 张照片）',
    );
    expect(missingElements({ ...insured, evidence: ['PHOTO', 'PHOTO', 'PHOTO'] })).toEqual({});
  });

  it('a delay needs no evidence, and too many photos are refused', () => {
    expect(requiredPhotos('DELAY', false)).toBeNull();
    expect(missingElements({ ...complete, type: 'DELAY', evidence: [] })).toEqual({});
    expect(missingElements({ ...complete, evidence: Array(10).fill('PHOTO') }).evidence).toBe('照片最多 9 张');
  });
});

describe('judging media', () => {
  const photo: MediaFacts = { bytes: 1000, sniffedMime: 'image/jpeg', declared: 'PHOTO', durationS: null, intact: true };

  it('accepts a photo that is what it says', () => {
    expect(judgeMedia(photo)).toEqual({ ok: true, kind: 'PHOTO' });
  });
  it('refuses, in this order: empty, wrong type, too large, broken, too long', () => {
    expect(judgeMedia({ ...photo, bytes: 0, sniffedMime: null })).toEqual({ ok: false, reason: 'EMPTY' });
    expect(judgeMedia({ ...photo, sniffedMime: 'application/x-msdownload' })).toEqual({ ok: false, reason: 'TYPE_MISMATCH' });
    expect(judgeMedia({ ...photo, sniffedMime: 'video/mp4', durationS: 5 })).toEqual({ ok: false, reason: 'TYPE_MISMATCH' });
    expect(judgeMedia({ ...photo, bytes: MAX_PHOTO_BYTES + 1 })).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect(judgeMedia({ ...photo, intact: false })).toEqual({ ok: false, reason: 'CORRUPT' });
    const video = { ...photo, sniffedMime: 'video/mp4', declared: 'VIDEO' as const };
    expect(judgeMedia({ ...video, durationS: 61 })).toEqual({ ok: false, reason: 'TOO_LONG' });
    expect(judgeMedia({ ...video, durationS: 60.3 })).toEqual({ ok: true, kind: 'VIDEO' });
  });
  it('takes the declared kind from the MIME type, else the extension', () => {
    expect(declaredKind('x.bin', 'image/png')).toBe('PHOTO');
    expect(declaredKind('IMG_0001.MOV', null)).toBe('VIDEO');
    expect(declaredKind('blob', 'application/octet-stream')).toBeNull();
  });
  it('says what went wrong and what to do', () => {
    expect(refusalMessage('TOO_LONG')).toBe('视频超过 60 秒：请剪辑到 60 秒以内再上传');
  });
});
