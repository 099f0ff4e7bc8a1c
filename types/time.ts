import { z } from 'zod';

/** ISO-8601 with an explicit offset, e.g. 2026-11-22T09:30:00+08:00. */
export const isoTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式应为带时区的 ISO-8601');

export type IsoTime = z.infer<typeof isoTimeSchema>;

/** China Standard Time (UTC+8, no daylight saving): every time we show or store as text is in it. */
export const BEIJING_OFFSET_MINUTES = 480;
const BEIJING_OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000;

/** `2026-11-22T09:30:00+08:00` for an instant: the contract's time format. */
export function beijingIso(ms: number): IsoTime {
  return `${new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
