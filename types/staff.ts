import { z } from 'zod';
import {
  carrierInputSchema,
  complaintIdSchema,
  complaintSchema,
  complaintStateSchema,
  complaintTypeSchema,
  messageTextSchema,
  remedySchema,
  slaKindSchema,
  TIERS,
  tierSchema,
  timeInputSchema,
} from './complaints';
import { staffInterceptFunctions } from './intercepts';
import { isoTimeSchema } from './time';
import { parcelSchema } from './tracking';

export const STAFF_ROLES = ['agent', 'supervisor'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES, { error: '角色应为 agent 或 supervisor' });
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffUsernameSchema = z
  .string({ error: '请输入用户名' })
  .trim()
  .toLowerCase()
  .min(1, '请输入用户名')
  .max(32, '用户名最长 32 位')
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 . _ -，以字母开头');

/** Login takes any password text; the strength rule applies when an account is created. */
const loginPasswordSchema = z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200, '密码太长了');

/** `POST /console/api/login`: not a Bearer function, so it sits outside the staff registry. */
export const staffLogin = {
  request: z.object({ username: staffUsernameSchema, password: loginPasswordSchema }, { error: '请求格式不正确' }),
  response: z.object({ token: z.string(), username: z.string(), role: staffRoleSchema, expiresAt: isoTimeSchema }),
} as const;

/** What staff see of a case: the user's view plus who works on it. */
export const staffComplaintSchema = complaintSchema.extend({
  assignee: z.string().nullable(),
});
export type StaffComplaint = z.infer<typeof staffComplaintSchema>;

export const caseLogEntryViewSchema = z.object({
  seq: z.number().int(),
  at: isoTimeSchema,
  actor: z.string(),
  action: z.string(),
  hash: z.string(),
});

export const queueItemSchema = z.object({
  id: z.string(),
  waybillNo: z.string(),
  carrierName: z.string().nullable(),
  type: complaintTypeSchema,
  tier: tierSchema,
  state: complaintStateSchema,
  assignee: z.string().nullable(),
  filedAt: isoTimeSchema,
  /** The nearest deadline still open; null once nothing is pending on staff. */
  nextDue: z.object({ kind: slaKindSchema, at: isoTimeSchema }).nullable(),
  breached: z.boolean(),
});

const withCase = z.object({ complaint: staffComplaintSchema });
const request = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: '请求格式不正确' });

const countsByType = z.record(complaintTypeSchema, z.number().int());

/** The staff functions behind `POST /console/api/<name>`; the lead spreads them into the staff registry. */
export const staffFunctions = {
  staffQueue: {
    request: request({
      /** Without it, every case that is not CLOSED. */
      state: complaintStateSchema.optional(),
      tier: tierSchema.optional(),
      type: complaintTypeSchema.optional(),
      carrier: carrierInputSchema.optional(),
      /** ME, UNASSIGNED, or a username. */
      assignee: z.string({ error: '处理人不正确' }).max(32, '处理人不正确').optional(),
      breachedOnly: z.boolean({ error: '筛选条件不正确' }).optional(),
      limit: z.number({ error: '数量应为数字' }).int('数量应为整数').min(1, '数量至少为 1').max(200, '一次最多 200 条').default(50),
    }),
    response: z.object({
      items: z.array(queueItemSchema),
      total: z.number().int(),
      /** The server's time of this answer: countdowns run from it, not from the browser's clock. */
      now: isoTimeSchema,
    }),
  },
  staffGetCase: {
    request: request({ id: complaintIdSchema }),
    response: z.object({
      complaint: staffComplaintSchema,
      /** The parcel's timeline as we last saw it; null when the number could not be tracked. */
      parcel: parcelSchema.nullable(),
      log: z.array(caseLogEntryViewSchema),
    }),
  },
  staffReply: {
    request: request({ id: complaintIdSchema, text: messageTextSchema }),
    response: withCase,
  },
  staffResolve: {
    request: request({
      id: complaintIdSchema,
      resolution: z.string({ error: '请填写处理结果' }).trim().min(1, '请填写处理结果').max(1000, '处理结果最多 1000 个字'),
      remedy: remedySchema,
    }),
    response: withCase,
  },
  staffAssign: {
    request: request({
      id: complaintIdSchema,
      /** null takes the case back to the shared queue. */
      assignee: z
        .string({ error: '处理人不正确' })
        .trim()
        .toLowerCase()
        .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '处理人不正确')
        .nullable(),
    }),
    response: withCase,
  },
  staffSetTier: {
    request: request({
      id: complaintIdSchema,
      tier: tierSchema,
      reason: z.string({ error: '请说明调整级别的原因' }).trim().min(2, '请说明调整级别的原因').max(200, '原因最多 200 个字'),
    }),
    response: withCase,
  },
  /** The user's full phone number, to call them; every reveal is an entry in the case log. */
  staffRevealContact: {
    request: request({ id: complaintIdSchema }),
    response: z.object({ contactPhone: z.string() }),
  },
  staffReport: {
    request: request({ from: timeInputSchema.optional(), to: timeInputSchema.optional() }).refine(
      (r) => !r.from || !r.to || Date.parse(r.from) < Date.parse(r.to),
      { error: '开始时间应早于结束时间', path: ['to'] },
    ),
    response: z.object({
      total: z.number().int(),
      byType: countsByType,
      byCarrier: z.array(z.object({ carrier: z.string().nullable(), name: z.string(), count: z.number().int() })),
      byTier: z.record(z.enum(TIERS.map(String) as ['1', '2', '3']), z.number().int()),
      /** Share of cases answered (resolved) by their deadline, 0–1; null when none was due. */
      slaHitRate: z.object({ firstResponse: z.number().nullable(), resolution: z.number().nullable() }),
      breaches: z.object({ firstResponse: z.number().int(), resolution: z.number().int() }),
    }),
  },
} as const;

/**
 * The one registry of staff functions, `POST /console/api/<name>` with a staff token: the console,
 * its HTTP handler and the tests read it. Intercept tasks are staff work like complaints.
 */
export const staffRegistry = {
  ...staffFunctions,
  ...staffInterceptFunctions,
} as const;

export type StaffFunctionName = keyof typeof staffRegistry;
export type StaffRequest<N extends StaffFunctionName> = z.input<(typeof staffRegistry)[N]['request']>;
export type ParsedStaffRequest<N extends StaffFunctionName> = z.output<(typeof staffRegistry)[N]['request']>;
export type StaffResponse<N extends StaffFunctionName> = z.infer<(typeof staffRegistry)[N]['response']>;
export const STAFF_FUNCTION_NAMES = Object.keys(staffRegistry) as StaffFunctionName[];

/** The refusal of a staff call without a valid staff token: the console goes back to its sign-in page on it. */
export const STAFF_SIGN_IN_MESSAGE = '请先登录客服工作台';

/** What an agent may not do: the supervisors' report. */
export const SUPERVISOR_ONLY: readonly StaffFunctionName[] = ['staffReport'];
