import { z } from 'zod';
import { regionNames } from './china-regions';
import { isoTimeSchema } from './time';
import { carrierCodeSchema, phoneTailSchema, waybillNoSchema } from './tracking';

/** 退回寄件人 / 改址 / 网点自提 (held at the outlet for pickup). */
export const INTERCEPT_TYPES = ['RETURN', 'REDIRECT', 'HOLD'] as const;
export const interceptTypeSchema = z.enum(INTERCEPT_TYPES, { error: '请选择拦截方式' });
export type InterceptType = z.infer<typeof interceptTypeSchema>;

/** The one state machine (server/domain/intercepts/intercept-machine.ts). */
export const INTERCEPT_STATES = [
  'REQUESTED',
  'PAYMENT_PENDING',
  'PAID',
  'SUBMITTED',
  'ACCEPTED',
  'SUCCEEDED',
  'FAILED',
  'REFUNDING',
  'REFUNDED',
  'CANCELLED',
] as const;
export const interceptStateSchema = z.enum(INTERCEPT_STATES);
export type InterceptState = z.infer<typeof interceptStateSchema>;

export const ELIGIBILITIES = ['ALLOWED', 'WARNED', 'REFUSED'] as const;
export const eligibilitySchema = z.enum(ELIGIBILITIES);
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const LIKELIHOOD_BANDS = ['LIKELY', 'RISKY', 'UNLIKELY'] as const;
export const likelihoodSchema = z.object({
  band: z.enum(LIKELIHOOD_BANDS),
  /** 很可能成功 / 有风险 / 很可能失败 */
  label: z.string(),
  reason: z.string(),
});
export type Likelihood = z.infer<typeof likelihoodSchema>;

const fenSchema = z.number().int().min(0);

export const interceptIdSchema = z.string({ error: '拦截单号不正确' }).regex(/^[A-Za-z0-9_-]{6,64}$/, '拦截单号不正确');

const trimmed = (empty: string) => z.string({ error: empty }).trim().min(1, empty);

/** A new receiver address: codes from a region picker, checked against the regions table. */
export const newAddressSchema = z
  .object({
    provinceCode: z.string({ error: '请选择省份' }).regex(/^\d{2}$/, '请选择省份'),
    cityCode: z.string({ error: '请选择城市' }).regex(/^\d{4}$/, '请选择城市'),
    districtCode: z.string({ error: '请选择区县' }).regex(/^\d{6}$/, '请选择区县'),
    detail: trimmed('请填写详细地址').pipe(z.string().min(4, '详细地址太短了，请写到门牌号').max(120, '详细地址最多 120 个字')),
    name: trimmed('请填写收件人姓名').pipe(z.string().max(20, '收件人姓名最多 20 个字')),
    phone: z
      .string({ error: '请填写收件人手机号' })
      .transform((s) => s.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号')),
  })
  .refine((a) => regionNames(a) !== null, { message: '所选省市区不匹配，请重新选择', path: ['districtCode'] });
export type NewAddress = z.infer<typeof newAddressSchema>;

export const interceptOptionSchema = z.object({
  type: interceptTypeSchema,
  /** What the user pays, surcharge included where it is already known (RETURN). */
  feeFen: fenSchema,
  /** Added for REDIRECT when the new address is in another province than the parcel is now. */
  crossProvinceSurchargeFen: fenSchema,
});
export type InterceptOption = z.infer<typeof interceptOptionSchema>;

export const interceptHistoryEntrySchema = z.object({
  state: interceptStateSchema,
  at: isoTimeSchema,
  /** What happened, in Chinese, fit to show the user. */
  note: z.string(),
});
export type InterceptHistoryEntry = z.infer<typeof interceptHistoryEntrySchema>;

export const interceptSchema = z.object({
  id: z.string(),
  waybillNo: z.string(),
  carrier: carrierCodeSchema,
  carrierName: z.string(),
  type: interceptTypeSchema,
  state: interceptStateSchema,
  feeFen: fenSchema,
  /** Our WeChat Pay order number (out_trade_no). */
  outTradeNo: z.string(),
  newAddress: z
    .object({ province: z.string(), city: z.string(), district: z.string(), detail: z.string(), name: z.string(), phone: z.string() })
    .nullable(),
  /** Oldest first; append-only. */
  history: z.array(interceptHistoryEntrySchema),
  canCancel: z.boolean(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Intercept = z.infer<typeof interceptSchema>;

/**
 * The mini program page of one intercept, opened from 消息 and service notifications (a page of the
 * intercept subpackage, whose root is `pages/intercept`).
 */
export const INTERCEPT_PAGE = 'pages/intercept/detail/index';
export const interceptPage = (id: string) => `${INTERCEPT_PAGE}?id=${encodeURIComponent(id)}`;

/** What `Taro.requestPayment` takes (WeChat Pay v3 JSAPI; appId stays on the server). */
export const paymentParamsSchema = z.object({
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string().startsWith('prepay_id='),
  signType: z.literal('RSA'),
  paySign: z.string(),
});
export type PaymentParams = z.infer<typeof paymentParamsSchema>;

const lookupFields = { waybillNo: waybillNoSchema, carrier: carrierCodeSchema.optional() };

export const interceptFunctions = {
  checkIntercept: {
    request: z.object({
      ...lookupFields,
      /** 顺丰, 中通…: their parcels are shown, as by lookup, to whoever gives the phone tail or follows the parcel. */
      phoneTail: phoneTailSchema.optional(),
    }),
    response: z.object({
      eligibility: eligibilitySchema,
      reason: z.string(),
      likelihood: likelihoodSchema,
      /** Empty when refused. */
      options: z.array(interceptOptionSchema),
      /** When refused: who can still help (the courier on the way, the carrier's hotline). */
      wayOut: z.object({ courierPhone: z.string().nullable(), carrierHotline: z.string().nullable() }).nullable(),
      /** What happens when the intercept fails, shown before paying. */
      refundPolicy: z.string(),
      /** Set while too many wrong phone tails keep this user from asking for this parcel. */
      lockedUntil: isoTimeSchema.nullable(),
    }),
  },
  requestIntercept: {
    request: z
      .object({ ...lookupFields, type: interceptTypeSchema, phoneTail: phoneTailSchema, newAddress: newAddressSchema.optional() })
      .refine((r) => r.type !== 'REDIRECT' || r.newAddress !== undefined, { message: '改址需要填写新地址', path: ['newAddress'] })
      .refine((r) => r.type === 'REDIRECT' || r.newAddress === undefined, { message: '只有改址需要填写新地址', path: ['newAddress'] }),
    response: z.object({ intercept: interceptSchema, payment: paymentParamsSchema }),
  },
  getIntercept: {
    request: z.object({ id: interceptIdSchema }),
    response: z.object({ intercept: interceptSchema }),
  },
  listIntercepts: {
    request: z.object({}),
    response: z.object({ items: z.array(interceptSchema) }),
  },
  cancelIntercept: {
    request: z.object({ id: interceptIdSchema }),
    response: z.object({ intercept: interceptSchema }),
  },
} as const;

/** Why staff must look at an intercept again (server/domain/intercepts/intercept-events.ts raises them). */
export const STAFF_ALERTS = ['OUTCOME_OVERDUE', 'REFUND_ABNORMAL', 'REFUND_CLOSED', 'TRACKING_CONTRADICTS'] as const;

export const staffInterceptFunctions = {
  staffInterceptQueue: {
    request: z.object({ limit: z.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(50) }),
    response: z.object({
      /** Paid intercepts waiting for staff, oldest first. */
      items: z.array(interceptSchema.extend({ waitingSince: isoTimeSchema })),
    }),
  },
  staffInterceptAlerts: {
    request: z.object({ limit: z.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(50) }),
    response: z.object({
      /** Intercepts the machine flagged for staff (the timeline overturned a success, a refund went wrong…), latest first. */
      items: z.array(interceptSchema.extend({ alert: z.enum(STAFF_ALERTS), resolvedBy: z.string().nullable() })),
    }),
  },
  staffResolveIntercept: {
    request: z
      .object({
        id: interceptIdSchema,
        outcome: z.enum(['SUCCEEDED', 'FAILED'], { error: '请选择处理结果' }),
        note: z.string({ error: '请填写备注' }).trim().max(200, '备注最多 200 个字').default(''),
      })
      .refine((r) => r.outcome !== 'FAILED' || r.note.length > 0, { message: '请写明失败原因，用户会看到', path: ['note'] }),
    response: z.object({ intercept: interceptSchema }),
  },
} as const;
