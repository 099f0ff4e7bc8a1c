import { z } from 'zod';

const code = z.union([z.string(), z.number()]).transform(String);

/** The label/order family's answer {result, returnCode, message, data} (docs/reference/intercepts.md §2). */
export const interceptAnswerSchema = z.object({
  result: z.boolean(),
  returnCode: code,
  message: z.string().nullish(),
  data: z.object({ taskId: z.string().nullish(), orderId: z.string().nullish() }).passthrough().nullish(),
});
