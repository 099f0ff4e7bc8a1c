import { z } from 'zod';
import { isoTimeSchema } from './time';
import { carrierCodeSchema, waybillNoSchema } from './tracking';

/** What a user can complain about; the labels follow the categories 12305 accepts (docs/reference/complaints.md §2). */
export const COMPLAINT_TYPES = [
  'DELAY',
  'LOST',
  'FALSE_DELIVERY',
  'DAMAGED',
  'SHORTAGE',
  'NOT_DELIVERED_TO_DOOR',
  'LOCKER_WITHOUT_CONSENT',
  'ATTITUDE',
  'ILLEGAL_FEE',
  'PRIVACY_LEAK',
  'OTHER',
] as const;
export const complaintTypeSchema = z.enum(COMPLAINT_TYPES, { error: '请选择投诉类型' });
export type ComplaintType = z.infer<typeof complaintTypeSchema>;

export const COMPLAINT_TYPE_LABELS = {
  DELAY: '延误',
  LOST: '丢失',
  FALSE_DELIVERY: '显示签收但未收到',
  DAMAGED: '损毁',
  SHORTAGE: '内件短少',
  NOT_DELIVERED_TO_DOOR: '未送货上门',
  LOCKER_WITHOUT_CONSENT: '未经同意放驿站/快递柜',
  ATTITUDE: '服务态度',
  ILLEGAL_FEE: '违规收费',
  PRIVACY_LEAK: '个人信息泄露',
  OTHER: '其他',
} as const satisfies Record<ComplaintType, string>;

export const REMEDY_KINDS = ['REFUND', 'RESEND', 'COMPENSATION', 'APOLOGY', 'OTHER'] as const;
export const remedyKindSchema = z.enum(REMEDY_KINDS, { error: '请选择希望的处理方式' });
export type RemedyKind = z.infer<typeof remedyKindSchema>;
export const REMEDY_LABELS = {
  REFUND: '退款',
  RESEND: '补发',
  COMPENSATION: '赔偿',
  APOLOGY: '道歉',
  OTHER: '其他',
} as const satisfies Record<RemedyKind, string>;

/** 100 万元: far above any parcel we can help with, low enough that sums stay exact integers. */
export const MAX_FEN = 100_000_000;

/** Money is always fen (分), an integer. */
export const fenSchema = z
  .number({ error: '金额应为数字（单位：分）' })
  .int('金额应为整数（单位：分）')
  .min(0, '金额不能为负数')
  .max(MAX_FEN, '金额超出上限（100 万元）');

export const remedySchema = z
  .object({ kind: remedyKindSchema, amountFen: fenSchema.min(1, '赔偿金额应大于 0').optional() }, { error: '请选择希望的处理方式' })
  .refine((r) => r.kind !== 'COMPENSATION' || r.amountFen !== undefined, { error: '要求赔偿时请填写金额', path: ['amountFen'] });
export type Remedy = z.infer<typeof remedySchema>;

export const insuredSchema = z.object({ declaredValueFen: fenSchema.min(1, '请填写保价金额') }, { error: '保价信息不正确' });

/** Mainland mobile (11 digits) or a landline with its area code; spaces and dashes are ignored. */
export const contactPhoneSchema = z
  .string({ error: '请填写联系电话' })
  .max(40, '联系电话不正确')
  .transform((s) => s.replace(/[\s-]+/g, ''))
  .pipe(
    z
      .string()
      .min(1, '请填写联系电话')
      .regex(/^(1[3-9]\d{9}|0\d{9,11})$/, '请填写正确的手机号或带区号的固定电话'),
  );

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;
export const descriptionSchema = z
  .string({ error: '请描述发生了什么' })
  .trim()
  .min(1, '请描述发生了什么')
  .min(DESCRIPTION_MIN, `请把经过写得具体一些（至少 ${DESCRIPTION_MIN} 个字）`)
  .max(DESCRIPTION_MAX, `描述最多 ${DESCRIPTION_MAX} 个字`);

export const MESSAGE_MAX = 1000;
export const messageTextSchema = z
  .string({ error: '请输入内容' })
  .trim()
  .min(1, '请输入内容')
  .max(MESSAGE_MAX, `一次最多 ${MESSAGE_MAX} 个字`);

/** A cloud fileID (cloud://env.bucket/path) or a local file id. */
export const fileIdSchema = z
  .string({ error: '证据文件编号不正确' })
  .max(512, '证据文件编号不正确')
  .regex(/^[\w.:/-]+$/, '证据文件编号不正确');

/** Up to 9 photos and 3 videos; the kinds are counted once each file has been checked. */
export const EVIDENCE_MAX_FILES = 12;
export const evidenceIdsSchema = z
  .array(fileIdSchema, { error: '证据格式不正确' })
  .max(EVIDENCE_MAX_FILES, `证据最多 ${EVIDENCE_MAX_FILES} 个文件`)
  .refine((ids) => new Set(ids).size === ids.length, '同一个文件不要重复添加');

export const complaintIdSchema = z.string({ error: '投诉编号不正确' }).regex(/^[A-Za-z0-9_-]{6,64}$/, '投诉编号不正确');

export const EVIDENCE_KINDS = ['PHOTO', 'VIDEO'] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/** Input wrappers: the shared schemas answer a wrong type in English, a user must read Chinese. */
export const carrierInputSchema = z.string({ error: '快递公司编码不正确' }).pipe(carrierCodeSchema);
export const timeInputSchema = z.string({ error: '时间格式不正确' }).pipe(isoTimeSchema);

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** What checkEvidence learned from the bytes themselves. */
export const evidenceCheckSchema = z.object({
  kind: evidenceKindSchema,
  mime: z.string(),
  bytes: z.number().int(),
  /** Videos only; read from the container. */
  durationS: z.number().nullable(),
  sha256: sha256Schema,
});
export type EvidenceCheck = z.infer<typeof evidenceCheckSchema>;

export const evidenceSchema = evidenceCheckSchema.extend({
  fileId: z.string(),
  /** A short-lived link for the owner or staff; null when none was made for this answer. */
  url: z.string().nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const COMPLAINT_STATES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'APPEALED', 'CLOSED'] as const;
export const complaintStateSchema = z.enum(COMPLAINT_STATES, { error: '状态不正确' });
export type ComplaintState = z.infer<typeof complaintStateSchema>;
export const COMPLAINT_STATE_LABELS = {
  OPEN: '待受理',
  IN_PROGRESS: '处理中',
  RESOLVED: '待您确认',
  REJECTED: '不满意处理结果',
  APPEALED: '已向 12305 申诉',
  CLOSED: '已完结',
} as const satisfies Record<ComplaintState, string>;

/** 一级 outlet service, 二级 provincial management, 三级 major incident copied to the regulator (docs/reference/complaints.md §5). */
export const TIERS = [1, 2, 3] as const;
export const tierSchema = z.literal(TIERS, { error: '级别应为一级、二级或三级' });
export type Tier = z.infer<typeof tierSchema>;
export const TIER_LABELS = { 1: '一级', 2: '二级', 3: '三级' } as const satisfies Record<Tier, string>;

export const SLA_KINDS = ['FIRST_RESPONSE', 'RESOLUTION'] as const;
export const slaKindSchema = z.enum(SLA_KINDS);
export type SlaKind = z.infer<typeof slaKindSchema>;

export const deadlinesSchema = z.object({
  firstResponseDue: isoTimeSchema,
  resolutionDue: isoTimeSchema,
  firstRespondedAt: isoTimeSchema.nullable(),
  resolvedAt: isoTimeSchema.nullable(),
  /** From then on the user may appeal to 12305 if no resolution came (7 days after filing). */
  appealOpensAt: isoTimeSchema,
  /** The appeal must be made within a year of the dispute. */
  appealClosesAt: isoTimeSchema,
});
export type Deadlines = z.infer<typeof deadlinesSchema>;

export const breachSchema = z.object({ kind: slaKindSchema, dueAt: isoTimeSchema, markedAt: isoTimeSchema });

export const complaintMessageSchema = z.object({
  id: z.string(),
  from: z.enum(['USER', 'STAFF']),
  text: z.string(),
  at: isoTimeSchema,
  evidence: z.array(evidenceSchema),
});
export type ComplaintMessage = z.infer<typeof complaintMessageSchema>;

export const resolutionSchema = z.object({
  text: z.string(),
  remedy: remedySchema,
  at: isoTimeSchema,
  response: z.object({ accept: z.boolean(), reason: z.string().nullable(), at: isoTimeSchema }).nullable(),
});

export const COMPENSATION_BASES = [
  'INSURED_FULL',
  'INSURED_PROPORTIONAL',
  'POSTAL_UNINSURED',
  'COURIER_UNINSURED',
  'DELAY_FEE_WAIVER',
  'NOT_APPLICABLE',
] as const;
export const compensationEstimateSchema = z.object({
  basis: z.enum(COMPENSATION_BASES),
  /** The estimate when the facts suffice; null when it depends on a figure we do not have. */
  amountFen: z.number().int().nullable(),
  /** The most the rule allows, when it sets a ceiling we can compute. */
  capFen: z.number().int().nullable(),
  /** The rule, by name and article, e.g. 《中华人民共和国邮政法》第四十七条. */
  rule: z.string(),
  sourceUrl: z.string(),
  /** One or two sentences fit to show the user. */
  explanation: z.string(),
});
export type CompensationEstimate = z.infer<typeof compensationEstimateSchema>;

export const appealSchema = z.object({
  caseNo: z.string(),
  recordedAt: isoTimeSchema,
  /** 12305 answers within 30 days of receiving the appeal. */
  answerDue: isoTimeSchema,
});

export const logHeadSchema = z.object({ seq: z.number().int(), hash: sha256Schema });

export const complaintSchema = z.object({
  id: z.string(),
  waybillNo: z.string(),
  carrier: carrierCodeSchema.nullable(),
  carrierName: z.string().nullable(),
  type: complaintTypeSchema,
  description: z.string(),
  remedy: remedySchema,
  insured: insuredSchema.nullable(),
  contactPhone: z.string(),
  state: complaintStateSchema,
  tier: tierSchema,
  deadlines: deadlinesSchema,
  breaches: z.array(breachSchema),
  /** Oldest first; the first one is the complaint itself. */
  messages: z.array(complaintMessageSchema),
  evidence: z.array(evidenceSchema),
  resolution: resolutionSchema.nullable(),
  compensation: compensationEstimateSchema,
  appeal: appealSchema.nullable(),
  /** The earlier case on the same parcel, when this one repeats it. */
  repeatOf: z.string().nullable(),
  filedAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  /** The newest entry of the tamper-evident case log. */
  logHead: logHeadSchema,
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintSummarySchema = complaintSchema.pick({
  id: true,
  waybillNo: true,
  carrierName: true,
  type: true,
  state: true,
  tier: true,
  deadlines: true,
  filedAt: true,
  updatedAt: true,
});

/** One field of the 12305 form, in the form's order; `value` null means the user fills it in there. */
export const appealFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string().nullable(),
  hint: z.string().nullable(),
});
export type AppealField = z.infer<typeof appealFieldSchema>;

export const APPEAL_REASON_CODES = [
  'NO_ANSWER_IN_7_DAYS',
  'RESOLUTION_REJECTED',
  'TOO_EARLY',
  'AWAITING_RESPONSE',
  'ACCEPTED',
  'ALREADY_APPEALED',
  'EXPIRED',
] as const;

export const caseNoSchema = z
  .string({ error: '请填写 12305 给出的申诉编号' })
  .trim()
  .min(1, '请填写 12305 给出的申诉编号')
  .max(40, '申诉编号太长了，请检查')
  .regex(/^[A-Za-z0-9-]+$/, '申诉编号只能包含字母、数字和短横线');

const byId = z.object({ id: complaintIdSchema }, { error: '请求格式不正确' });
const withComplaint = z.object({ complaint: complaintSchema });

/** The user's complaint functions; the lead spreads them into the function registry. */
export const complaintFunctions = {
  fileComplaint: {
    request: z.object(
      {
        waybillNo: waybillNoSchema,
        carrier: carrierInputSchema.optional(),
        type: complaintTypeSchema,
        description: descriptionSchema,
        remedy: remedySchema,
        insured: insuredSchema.optional(),
        contactPhone: contactPhoneSchema,
        evidence: evidenceIdsSchema.default([]),
      },
      { error: '请求格式不正确' },
    ),
    response: withComplaint,
  },
  listComplaints: {
    request: z.object(
      { limit: z.number({ error: '数量应为数字' }).int('数量应为整数').min(1, '数量至少为 1').max(100, '一次最多 100 条').default(50) },
      { error: '请求格式不正确' },
    ),
    response: z.object({ items: z.array(complaintSummarySchema) }),
  },
  getComplaint: { request: byId, response: withComplaint },
  addComplaintMessage: {
    request: z.object(
      { id: complaintIdSchema, text: messageTextSchema, evidence: evidenceIdsSchema.optional() },
      { error: '请求格式不正确' },
    ),
    response: withComplaint,
  },
  respondToResolution: {
    request: z.object(
      {
        id: complaintIdSchema,
        accept: z.boolean({ error: '请选择接受或不接受' }),
        reason: z.string({ error: '原因应为文字' }).trim().max(500, '原因最多 500 个字').optional(),
      },
      { error: '请求格式不正确' },
    ),
    response: withComplaint,
  },
  prepareAppeal: {
    request: byId,
    response: z.object({
      eligible: z.boolean(),
      /** Why (not), in Chinese, fit to show. */
      reason: z.string(),
      reasonCode: z.enum(APPEAL_REASON_CODES),
      /** When an appeal will be possible, if it is not yet. */
      availableFrom: isoTimeSchema.optional(),
      /** Everything to paste into 12305, as one text. */
      text: z.string(),
      fields: z.array(appealFieldSchema),
    }),
  },
  recordAppeal: {
    request: z.object({ id: complaintIdSchema, caseNo: caseNoSchema }, { error: '请求格式不正确' }),
    response: withComplaint,
  },
  checkEvidence: {
    request: z.object({ fileId: fileIdSchema }, { error: '请求格式不正确' }),
    response: evidenceCheckSchema,
  },
} as const;
