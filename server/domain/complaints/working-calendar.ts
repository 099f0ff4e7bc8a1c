import { isWorkday } from 'chinese-days';
import { chinaDate, chinaDayStart, DAY_MS, HOUR_MS } from './china-time';

/**
 * The Chinese working-day calendar from chinese-days: weekends and 法定节假日 are off, 调休
 * make-up days (a Saturday or Sunday worked in exchange) are on. Years the State Council has
 * not announced yet fall back to plain weekends. Dates are passed as China calendar strings
 * because chinese-days reads a Date in the machine's own time zone.
 */
export function isChinaWorkday(ms: number): boolean {
  return isWorkday(chinaDate(ms));
}

/** Longer than any run of days off in the calendar; a guard, never reached in practice. */
const MAX_DAYS_SCANNED = 400;

/**
 * `hours` of working-day time after `startMs`: the clock runs through working days (all 24 h of
 * them) and stops on days off. Filed during 春节, a 24 h clock starts at 00:00 of the first
 * working day after it and ends 24 h later.
 */
export function addWorkingHours(startMs: number, hours: number): number {
  let remaining = hours * HOUR_MS;
  let cursor = startMs;
  for (let day = 0; day < MAX_DAYS_SCANNED; day += 1) {
    const dayEnd = chinaDayStart(cursor) + DAY_MS;
    if (isChinaWorkday(cursor)) {
      if (remaining <= dayEnd - cursor) return cursor + remaining;
      remaining -= dayEnd - cursor;
    }
    cursor = dayEnd;
  }
  throw new RangeError(`no working time found within ${MAX_DAYS_SCANNED} days of ${chinaDate(startMs)}`);
}

/** `days` whole working days after `startMs`, counted like `addWorkingHours`. */
export function addWorkingDays(startMs: number, days: number): number {
  return addWorkingHours(startMs, days * 24);
}
