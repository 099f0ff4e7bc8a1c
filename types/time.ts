import { z } from 'zod';

/** ISO-8601 with an explicit offset, e.g. 2026-11-22T09:30:00+08:00. */
export const isoTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式应为带时区的 ISO-8601');

export type IsoTime = z.infer<typeof isoTimeSchema>;
