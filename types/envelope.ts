import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors';

export const errorBodySchema = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: z.string().min(1),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `{ ok: true, data }` or `{ ok: false, error: { code, message } }`: the only shape a function answers with. */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: errorBodySchema })]);
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
