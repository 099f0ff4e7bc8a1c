import { z } from 'zod';

const code = z.union([z.string(), z.number()]).transform(String);

export const kuaidi100EventSchema = z.object({
  time: z.string().nullish(),
  ftime: z.string().nullish(),
  context: z.string(),
  areaName: z.string().nullish(),
  status: z.string().nullish(),
  statusCode: code.nullish(),
});

/** poll/query.do answer, and `lastResult` of a push (docs/reference/carriers.md §2.1, docs/reference/carriers.md §2.3). */
export const kuaidi100ResultSchema = z.object({
  message: z.string().nullish(),
  nu: z.string().nullish(),
  ischeck: code.nullish(),
  com: z.string().nullish(),
  status: code.nullish(),
  state: code.nullish(),
  data: z.array(kuaidi100EventSchema).nullish(),
  arrivalTime: z.string().nullish(),
  courierInfo: z.object({ deliveryManName: z.string().nullish(), deliveryManPhone: z.string().nullish() }).passthrough().nullish(),
  result: z.boolean().nullish(),
  returnCode: code.nullish(),
});
export type Kuaidi100Result = z.infer<typeof kuaidi100ResultSchema>;

export const kuaidi100SubscribeSchema = z.object({ result: z.boolean(), returnCode: code, message: z.string().nullish() });

export const kuaidi100AutonumberSchema = z.array(
  z.object({ comCode: z.string(), name: z.string().nullish(), lengthPre: z.number().nullish() }),
);

export const kuaidi100PushSchema = z.object({
  status: z.enum(['polling', 'shutdown', 'abort', 'updateall']),
  message: z.string().nullish(),
  autoCheck: code.nullish(),
  comOld: z.string().nullish(),
  comNew: z.string().nullish(),
  lastResult: kuaidi100ResultSchema,
});
