import Taro from '@tarojs/taro';
import type { ComplaintType, FunctionRequest, RemedyKind } from '../../types';
import { insuredSchema } from '../../types/complaints';
import { missingElements, requiredPhotos, type Element } from '../../types/complaint-elements';
import { acceptedIds, type EvidenceItem } from './evidence';

/** The complaint form as the user fills it in: money as typed, in 元. */
export interface ComplaintForm {
  waybillNo: string;
  carrier: string;
  type: ComplaintType | null;
  description: string;
  remedyKind: RemedyKind | null;
  amountYuan: string;
  insured: boolean;
  declaredYuan: string;
  contactPhone: string;
  evidence: EvidenceItem[];
}

/** A field of the form that can be wrong: the five elements, the type and the insured value. */
export type FormField = Element | 'type' | 'insured';

export function emptyForm(waybillNo = '', carrier = ''): ComplaintForm {
  return {
    waybillNo,
    carrier,
    type: null,
    description: '',
    remedyKind: null,
    amountYuan: '',
    insured: false,
    declaredYuan: '',
    contactPhone: '',
    evidence: [],
  };
}

/** "88" or "88.5" 元 → fen; undefined when empty, NaN when it is not a sum of money. */
export function yuanToFen(text: string): number | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return Number.NaN;
  const [whole, cents = ''] = t.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

const moneyOrNone = (fen: number | undefined) => (fen === undefined || Number.isNaN(fen) ? undefined : fen);

/** What filing needs that the form does not have yet, by field, with the sentence shown beside it. */
export function formProblems(form: ComplaintForm): Partial<Record<FormField, string>> {
  const amountFen = yuanToFen(form.amountYuan);
  const declaredFen = yuanToFen(form.declaredYuan);
  const problems: Partial<Record<FormField, string>> = {};
  if (!form.type) problems.type = '请选择投诉类型';
  Object.assign(
    problems,
    missingElements({
      waybillNo: form.waybillNo.trim(),
      type: form.type ?? undefined,
      description: form.description,
      remedy: form.remedyKind
        ? { kind: form.remedyKind, amountFen: form.remedyKind === 'COMPENSATION' ? moneyOrNone(amountFen) : undefined }
        : undefined,
      insured: form.insured ? { declaredValueFen: moneyOrNone(declaredFen) } : null,
      contactPhone: form.contactPhone,
      evidence: form.evidence.filter((e) => e.state === 'ok').map((e) => e.kind),
    }),
  );
  if (form.remedyKind === 'COMPENSATION' && Number.isNaN(amountFen)) problems.remedy = '请填写正确的金额，如 88 或 88.50';
  if (form.insured) {
    // The schema speaks of fen; a user typing 元 is told in 元 what is missing.
    const insured = insuredSchema.safeParse({ declaredValueFen: declaredFen });
    if (declaredFen === undefined) problems.insured = '请填写保价金额';
    else if (Number.isNaN(declaredFen)) problems.insured = '请填写正确的保价金额，如 300';
    else if (!insured.success) problems.insured = insured.error.issues[0]?.message ?? '请填写保价金额';
  }
  // Files still on their way are not evidence yet; the form waits for them rather than filing without.
  if (form.evidence.some((e) => e.state === 'uploading' || e.state === 'checking')) problems.evidence = '还有文件在检查，请稍候';
  return problems;
}

/** What the evidence row asks for before anything is missing, so the user knows it up front. */
export function evidenceHint(form: Pick<ComplaintForm, 'type' | 'insured'>): string {
  const needed = requiredPhotos(form.type ?? undefined, form.insured);
  return needed ? needed.message : '照片最多 9 张，视频最多 3 段（每段 60 秒以内），可不传';
}

/** The request for a form with no problems left. */
export function toRequest(form: ComplaintForm): FunctionRequest<'fileComplaint'> {
  const amountFen = yuanToFen(form.amountYuan);
  const declaredFen = yuanToFen(form.declaredYuan);
  return {
    waybillNo: form.waybillNo.trim(),
    ...(form.carrier ? { carrier: form.carrier } : {}),
    type: form.type as ComplaintType,
    description: form.description.trim(),
    remedy: { kind: form.remedyKind as RemedyKind, ...(form.remedyKind === 'COMPENSATION' ? { amountFen } : {}) },
    ...(form.insured && declaredFen ? { insured: { declaredValueFen: declaredFen } } : {}),
    contactPhone: form.contactPhone.trim(),
    evidence: acceptedIds(form.evidence),
  };
}

/** Drafts are kept per parcel the form was opened for ('-' when opened without one). */
const draftKey = (openedFor: string) => `pm.complaintDraft:${openedFor || '-'}`;

/** The draft kept when the user left the page; files still uploading are dropped (they never finished). */
export function loadDraft(openedFor: string): ComplaintForm | null {
  const saved = Taro.getStorageSync<ComplaintForm | ''>(draftKey(openedFor));
  if (!saved) return null;
  return { ...emptyForm(), ...saved, evidence: saved.evidence.filter((e) => e.state === 'ok' || e.state === 'refused') };
}

export function saveDraft(openedFor: string, form: ComplaintForm): void {
  Taro.setStorageSync(draftKey(openedFor), form);
}

export function dropDraft(openedFor: string): void {
  Taro.removeStorageSync(draftKey(openedFor));
}
