import { z } from 'zod';

const code = z.union([z.string(), z.number()]).transform(String);

export const kdniaoTraceSchema = z.object({
  AcceptTime: z.string(),
  AcceptStation: z.string(),
  Location: z.string().nullish(),
  Action: code.nullish(),
  Remark: z.string().nullish(),
});

const personSchema = z.object({ PersonName: z.string().nullish(), PersonTel: z.string().nullish() }).passthrough();

/** 1002 / 8001 answer and one item of a 101/102 push `Data[]` (docs/reference/carriers.md §1.6). */
export const kdniaoTrackSchema = z.object({
  EBusinessID: z.string().nullish(),
  ShipperCode: z.string().nullish(),
  LogisticCode: z.string().nullish(),
  Success: z.boolean(),
  Reason: z.string().nullish(),
  ResultCode: code.nullish(),
  State: code.nullish(),
  StateEx: code.nullish(),
  Location: z.string().nullish(),
  Traces: z.array(kdniaoTraceSchema).nullish(),
  EstimatedDeliveryTime: z.string().nullish(),
  DeliveryMan: z.string().nullish(),
  DeliveryManTel: z.string().nullish(),
  PickerInfo: z.array(personSchema).nullish(),
});
export type KdniaoTrack = z.infer<typeof kdniaoTrackSchema>;

export const kdniaoRecognizeSchema = z.object({
  Success: z.boolean(),
  Code: code.nullish(),
  Reason: z.string().nullish(),
  Shippers: z.array(z.object({ ShipperCode: z.string(), ShipperName: z.string().nullish() })).nullish(),
});

export const kdniaoSubscribeSchema = z.object({
  Success: z.boolean(),
  Reason: z.string().nullish(),
  ResultCode: code.nullish(),
  EstimatedDeliveryTime: z.string().nullish(),
});

export const kdniaoPushSchema = z.object({
  EBusinessID: z.string(),
  PushTime: z.string(),
  Count: z.union([z.string(), z.number()]).optional(),
  Data: z.array(kdniaoTrackSchema),
});
