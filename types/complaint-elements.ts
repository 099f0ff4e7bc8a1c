import { contactPhoneSchema, descriptionSchema, remedySchema, type ComplaintType, type EvidenceKind } from './complaints';
import { waybillNoSchema } from './tracking';

/** Evidence a complaint may carry (docs/reference/complaints.md §6); the form and the server count the same way. */
export const MAX_PHOTOS = 9;
export const MAX_VIDEOS = 3;

/**
 * The five elements of a complaint (docs/reference/complaints.md §5), by the form field that holds
 * each. In the contract so that the mini program's form flags in place exactly what filing refuses.
 */
export const FIVE_ELEMENTS = ['waybillNo', 'description', 'evidence', 'remedy', 'contactPhone'] as const;
export type Element = (typeof FIVE_ELEMENTS)[number];

/** A form as the user left it: anything may be missing. */
export interface ComplaintDraft {
  waybillNo?: unknown;
  type?: ComplaintType;
  description?: unknown;
  remedy?: unknown;
  insured?: { declaredValueFen?: number } | null;
  contactPhone?: unknown;
  /** Kinds of the files that passed checkEvidence. */
  evidence?: readonly EvidenceKind[];
}

/** Damage and shortage need the packaging and the contents; an insured value needs proof of it. */
export function requiredPhotos(type: ComplaintType | undefined, insured: boolean): { count: number; message: string } | null {
  const forType = type === 'DAMAGED' || type === 'SHORTAGE' ? 2 : 0;
  const count = forType + (insured ? 1 : 0);
  if (count === 0) return null;
  const parts = [forType > 0 ? '外包装和内件的照片' : null, insured ? '保价凭证或物品价值证明（如购物订单截图）' : null].filter(Boolean);
  return { count, message: `请上传${parts.join('，以及')}（至少 ${count} 张照片）` };
}

function evidenceProblem(draft: ComplaintDraft): string | null {
  const kinds = draft.evidence ?? [];
  const photos = kinds.filter((k) => k === 'PHOTO').length;
  const videos = kinds.length - photos;
  if (photos > MAX_PHOTOS) return `照片最多 ${MAX_PHOTOS} 张`;
  if (videos > MAX_VIDEOS) return `视频最多 ${MAX_VIDEOS} 段`;
  const needed = requiredPhotos(draft.type, Boolean(draft.insured?.declaredValueFen));
  return needed && photos < needed.count ? needed.message : null;
}

type Check = (draft: ComplaintDraft) => string | null;
const bySchema =
  (
    schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
    pick: (d: ComplaintDraft) => unknown,
  ): Check =>
  (draft) => {
    const result = schema.safeParse(pick(draft));
    return result.success ? null : (result.error?.issues[0]?.message ?? '请填写');
  };

const CHECKS: Record<Element, Check> = {
  waybillNo: bySchema(waybillNoSchema, (d) => d.waybillNo),
  description: bySchema(descriptionSchema, (d) => d.description),
  evidence: evidenceProblem,
  remedy: bySchema(remedySchema, (d) => d.remedy),
  contactPhone: bySchema(contactPhoneSchema, (d) => d.contactPhone),
};

/** Which elements are missing or wrong, each with the message the form shows beside it; empty when complete. */
export function missingElements(draft: ComplaintDraft): Partial<Record<Element, string>> {
  const missing: Partial<Record<Element, string>> = {};
  for (const element of FIVE_ELEMENTS) {
    const problem = CHECKS[element](draft);
    if (problem) missing[element] = problem;
  }
  return missing;
}
