import { z } from 'zod';
import { isoTimeSchema } from './time';
import { WAYBILL_MAX_LENGTH, WAYBILL_MIN_LENGTH, extractWaybillNo } from './waybill';

export const PARCEL_STATUSES = [
  'PENDING',
  'COLLECTED',
  'IN_TRANSIT',
  'ARRIVED_DEST_CITY',
  'OUT_FOR_DELIVERY',
  'AWAITING_PICKUP',
  'DELIVERED',
  'EXCEPTION',
  'RETURNING',
  'RETURNED',
  'UNKNOWN',
] as const;
export const parcelStatusSchema = z.enum(PARCEL_STATUSES);
export type ParcelStatus = z.infer<typeof parcelStatusSchema>;

/** The journey is over: nothing more to poll, alert about or estimate. */
export const FINAL_STATUSES = ['DELIVERED', 'RETURNED'] as const satisfies readonly ParcelStatus[];
export const isFinalStatus = (status: ParcelStatus): boolean => (FINAL_STATUSES as readonly ParcelStatus[]).includes(status);

export const EXCEPTION_REASONS = ['ADDRESS_UNCLEAR', 'RECIPIENT_UNREACHABLE', 'REFUSED', 'DAMAGED', 'LOST', 'DELAYED', 'OTHER'] as const;
export const exceptionReasonSchema = z.enum(EXCEPTION_REASONS);
export type ExceptionReason = z.infer<typeof exceptionReasonSchema>;

export const PARCEL_ALERTS = ['STALE', 'OVERDUE', 'PICKUP_OVERDUE'] as const;
export const parcelAlertSchema = z.enum(PARCEL_ALERTS);
export type ParcelAlert = z.infer<typeof parcelAlertSchema>;

/** KDNiao ShipperCode style: upper-case letters and digits. */
export const carrierCodeSchema = z.string().regex(/^[A-Z0-9]{2,10}$/, '快递公司编码不正确');
export type CarrierCode = z.infer<typeof carrierCodeSchema>;

export const courierSchema = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Courier = z.infer<typeof courierSchema>;

/** Where and how to collect a parcel waiting at a 驿站 or locker, as the trace text gives it. */
export const pickupCardSchema = z.object({
  code: z.string().nullable(),
  station: z.string().nullable(),
  address: z.string().nullable(),
});
export type PickupCard = z.infer<typeof pickupCardSchema>;

export const trackingEventSchema = z.object({
  time: isoTimeSchema,
  status: parcelStatusSchema,
  reason: exceptionReasonSchema.nullable(),
  /** Text fit to show a user: the carrier text with receiver phones masked. */
  text: z.string(),
  city: z.string().nullable(),
  courier: courierSchema.nullable(),
  /** The carrier's own status code for this event, verbatim, when it gave one. */
  rawCode: z.string().nullable(),
});
export type TrackingEvent = z.infer<typeof trackingEventSchema>;

export const etaSchema = z.object({
  from: isoTimeSchema,
  to: isoTimeSchema,
  confidence: z.number().min(0).max(1),
  source: z.enum(['CARRIER', 'LANE_STATS', 'DEFAULT']),
});
export type Eta = z.infer<typeof etaSchema>;

export const parcelSchema = z.object({
  id: z.string(),
  carrier: carrierCodeSchema,
  carrierName: z.string(),
  carrierPhone: z.string().nullable(),
  waybillNo: z.string(),
  status: parcelStatusSchema,
  reason: exceptionReasonSchema.nullable(),
  alerts: z.array(parcelAlertSchema),
  /** Newest first. */
  events: z.array(trackingEventSchema),
  eta: etaSchema.nullable(),
  courier: courierSchema.nullable(),
  /** The pickup card while the parcel waits at a 驿站 or locker (AWAITING_PICKUP), else null. */
  pickup: pickupCardSchema.nullable(),
  queriedAt: isoTimeSchema,
});
export type Parcel = z.infer<typeof parcelSchema>;

export const carrierCandidateSchema = z.object({
  carrier: carrierCodeSchema,
  name: z.string(),
  confidence: z.number().min(0).max(1),
});
export type CarrierCandidate = z.infer<typeof carrierCandidateSchema>;

/** A waybill number as typed, pasted or scanned (types/waybill.ts): full-width, spaces, dashes, text or links around it. */
export const waybillNoSchema = z
  .string({ error: '请输入快递单号' })
  .transform(extractWaybillNo)
  .pipe(
    z
      .string()
      .min(1, '请输入快递单号')
      .max(WAYBILL_MAX_LENGTH, `单号最长 ${WAYBILL_MAX_LENGTH} 位，请检查是否输错`)
      .regex(/^[A-Z0-9]+$/, '单号只能包含字母和数字')
      .min(WAYBILL_MIN_LENGTH, '单号太短了，请检查是否输全'),
  );

/** One parcel per carrier and number, however many people look it up or follow it: `YTO:YT7530129834561`. */
export const parcelIdOf = (carrier: string, waybillNo: string): string => `${carrier}:${waybillNo}`;
export const parcelIdSchema = z
  .string({ error: '包裹编号不正确' })
  .regex(new RegExp(`^[A-Z0-9]{2,10}:[A-Z0-9]{${WAYBILL_MIN_LENGTH},${WAYBILL_MAX_LENGTH}}$`), '包裹编号不正确');

export const phoneTailSchema = z.string().regex(/^\d{4}$/, '请输入手机号后四位数字');
