import { z } from 'zod';
import { isoTimeSchema } from './time';
import {
  PARCEL_ALERTS,
  carrierCodeSchema,
  parcelIdSchema,
  parcelSchema,
  phoneTailSchema,
  waybillNoSchema,
  type ParcelStatus,
} from './tracking';

/** The three subscription templates, by the keys the client reports and config/ maps to WeChat template ids. */
export const TEMPLATE_KEYS = ['progress', 'exception', 'service'] as const;
export const templateKeySchema = z.enum(TEMPLATE_KEYS);
export type TemplateKey = z.infer<typeof templateKeySchema>;

/** What `requestSubscribeMessage` answered per template. */
export const subscriptionResultSchema = z.enum(['accept', 'reject', 'ban', 'filter']);

export const creditsSchema = z.object({ progress: z.number().int(), exception: z.number().int(), service: z.number().int() });
export type Credits = z.infer<typeof creditsSchema>;

/** Statuses worth telling a follower about when a parcel reaches them. */
export const STATUS_MILESTONES = [
  'COLLECTED',
  'ARRIVED_DEST_CITY',
  'OUT_FOR_DELIVERY',
  'AWAITING_PICKUP',
  'DELIVERED',
  'EXCEPTION',
  'RETURNING',
  'RETURNED',
] as const satisfies readonly ParcelStatus[];
/** Moments worth a notification: those statuses and every alert. */
export const MILESTONES = [...STATUS_MILESTONES, ...PARCEL_ALERTS] as const;
export const milestoneSchema = z.enum(MILESTONES);
export type Milestone = z.infer<typeof milestoneSchema>;

export const PARCEL_FILTERS = ['ALL', 'IN_TRANSIT', 'PICKUP', 'DELIVERED', 'EXCEPTION'] as const;
export const parcelFilterSchema = z.enum(PARCEL_FILTERS);
export type ParcelFilter = z.infer<typeof parcelFilterSchema>;

const remarkSchema = z.string().trim().max(20, '备注最多 20 个字');

export const followedParcelSchema = z.object({
  parcel: parcelSchema,
  remark: z.string(),
  archived: z.boolean(),
  /** The parcel moved since the user last opened it. */
  changed: z.boolean(),
  followedAt: isoTimeSchema,
});
export type FollowedParcel = z.infer<typeof followedParcelSchema>;

/** What a message is about: a parcel's milestone, or the progress of the user's complaint or intercept. */
export const MESSAGE_KINDS = ['PARCEL', 'COMPLAINT', 'INTERCEPT'] as const;
export const messageKindSchema = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof messageKindSchema>;

export const messageSchema = z.object({
  id: z.string(),
  kind: messageKindSchema,
  parcelId: z.string(),
  waybillNo: z.string(),
  carrierName: z.string(),
  remark: z.string(),
  /** Set for parcel milestones; null for complaint and intercept progress. */
  milestone: milestoneSchema.nullable(),
  /** The mini program page the message opens (the parcel, the complaint, the intercept). */
  link: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: isoTimeSchema,
  read: z.boolean(),
  /** Whether a WeChat service notification was sent for it. */
  pushed: z.boolean(),
});
export type Message = z.infer<typeof messageSchema>;

export const followFunctions = {
  bindParcel: {
    request: z.object({
      waybillNo: waybillNoSchema,
      carrier: carrierCodeSchema.optional(),
      phoneTail: phoneTailSchema.optional(),
      remark: remarkSchema.optional(),
    }),
    response: z.object({ item: followedParcelSchema, credits: creditsSchema }),
  },
  unbindParcel: {
    request: z.object({ parcelId: parcelIdSchema }),
    response: z.object({ removed: z.boolean() }),
  },
  listParcels: {
    request: z.object({ filter: parcelFilterSchema.default('ALL'), archived: z.boolean().default(false) }),
    response: z.object({
      items: z.array(followedParcelSchema),
      counts: z.record(parcelFilterSchema, z.number().int()),
      credits: creditsSchema,
    }),
  },
  updateParcel: {
    request: z.object({
      parcelId: parcelIdSchema,
      remark: remarkSchema.optional(),
      archived: z.boolean().optional(),
      seen: z.literal(true).optional(),
    }),
    response: z.object({ item: followedParcelSchema }),
  },
  reportSubscription: {
    request: z.object({
      results: z
        .partialRecord(templateKeySchema, subscriptionResultSchema)
        .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 3, '一次最多订阅 3 类消息'),
    }),
    response: z.object({ credits: creditsSchema }),
  },
  listMessages: {
    request: z.object({ limit: z.number().int().min(1).max(100).default(50) }),
    response: z.object({ items: z.array(messageSchema), unread: z.number().int(), credits: creditsSchema }),
  },
  markMessagesRead: {
    request: z.object({ ids: z.array(z.string().max(100)).max(100).optional() }),
    response: z.object({ unread: z.number().int() }),
  },
} as const;
