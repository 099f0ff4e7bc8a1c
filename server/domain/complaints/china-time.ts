/** China keeps +08:00 all year (no daylight saving), so plain arithmetic on the epoch is exact. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = 8 * HOUR_MS;

/** 00:00 in China of the day `ms` falls on. */
export function chinaDayStart(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** The China calendar date of `ms`, e.g. 2026-02-16. */
export function chinaDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO-8601 with +08:00 to the second, e.g. 2026-02-16T09:30:00+08:00. */
export function toChinaIso(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** As people read it in a message: 2026年2月16日 09:30. */
export function toChinaText(ms: number): string {
  const [date, time] = toChinaIso(ms).split('T');
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日 ${time.slice(0, 5)}`;
}

/** The same China clock time a year later; 29 February falls back to the 28th (the earlier, safer day). */
export function addChinaYear(ms: number): number {
  const local = new Date(ms + OFFSET_MS);
  const y = local.getUTCFullYear() + 1;
  const m = local.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(local.getUTCDate(), lastDay);
  return Date.UTC(y, m, d, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds()) - OFFSET_MS;
}
