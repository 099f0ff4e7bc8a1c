import Taro from '@tarojs/taro';
import type { Credits } from '../../types';

const ASKED_KEY = 'pm.creditsAskedOn';

/**
 * Whether a natural tap (opening 我的包裹, a parcel opened from a notification) should also ask
 * for more reminders: only when the followed parcels still moving outnumber the progress reminders
 * left (each keeps one for its key moment), and at most once a day, so it never nags.
 */
export function shouldAskForMore(input: { credits: Credits; moving: number; lastAskedDay: string | null; today: string }): boolean {
  if (input.lastAskedDay === input.today) return false;
  return input.moving > 0 && input.credits.progress < input.moving;
}

/** "2026-11-22" in Beijing time. */
export function beijingDay(nowMs: number): string {
  return new Date(nowMs + 8 * 3600_000).toISOString().slice(0, 10);
}

export function lastAskedDay(): string | null {
  return Taro.getStorageSync<string>(ASKED_KEY) || null;
}

export function rememberAsked(day: string): void {
  Taro.setStorageSync(ASKED_KEY, day);
}
