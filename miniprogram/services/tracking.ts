import Taro from '@tarojs/taro';
import type { FunctionRequest, FunctionResponse, Parcel, ParcelStatus } from '../../types';
import { WAYBILL_MAX_LENGTH, WAYBILL_MIN_LENGTH, extractWaybillNo } from '../../types/waybill';
import { call, type CallResult } from './client';

export type LookupInput = FunctionRequest<'lookup'>;
export type LookupAnswer = FunctionResponse<'lookup'>;

const RECENT_KEY = 'pm.recentSearches';
const RECENT_MAX = 10;

export interface RecentSearch {
  waybillNo: string;
  carrier: string;
  carrierName: string;
  /** The status the last look-up found (absent in searches saved before it was kept). */
  status?: ParcelStatus;
}

// The last answers this session, so the result page opens at once after the home page looked up.
const answers = new Map<string, LookupAnswer>();
// Phone tails that opened a number this session, so following it sends the same digits. Never stored on the device.
const phoneTails = new Map<string, string>();

function key(waybillNo: string, carrier?: string): string {
  return `${carrier ?? ''}:${waybillNo}`;
}

export async function lookupParcel(input: LookupInput): Promise<CallResult<'lookup'>> {
  const phoneTail = input.phoneTail ?? phoneTails.get(input.waybillNo);
  const result = await call('lookup', { ...input, ...(phoneTail ? { phoneTail } : {}) });
  if (result.ok && result.data.parcel) {
    const { parcel } = result.data;
    answers.set(key(parcel.waybillNo, parcel.carrier), result.data);
    if (input.phoneTail) phoneTails.set(parcel.waybillNo, input.phoneTail);
    rememberSearch(searchOf(parcel));
  }
  return result;
}

/** The phone tail that opened this number in this session, if any. */
export function rememberedTail(waybillNo: string): string | undefined {
  return phoneTails.get(waybillNo);
}

/**
 * The number in what was typed, pasted or scanned, checked by the rule the server applies
 * (`waybillNoSchema`; a property test keeps the two the same). Written without zod, which would
 * add 90 KB to the main package.
 */
export function checkWaybillNo(raw: string): { ok: true; waybillNo: string } | { ok: false; message: string } {
  const no = extractWaybillNo(raw);
  const fail = (message: string) => ({ ok: false as const, message });
  if (no.length < 1) return fail('请输入快递单号');
  if (no.length > WAYBILL_MAX_LENGTH) return fail(`单号最长 ${WAYBILL_MAX_LENGTH} 位，请检查是否输错`);
  if (!/^[A-Z0-9]+$/.test(no)) return fail('单号只能包含字母和数字');
  if (no.length < WAYBILL_MIN_LENGTH) return fail('单号太短了，请检查是否输全');
  return { ok: true, waybillNo: no };
}

/** A mainland mobile number: clipboards often hold one, and it is not a parcel. */
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The waybill number worth offering from the clipboard, as 快递100 does: a plausible number
 * (letters and digits, at least 8, mostly digits), not a phone number, and not one already searched.
 */
export function clipboardWaybill(text: string, searched: string[]): string | null {
  if (!text || text.length > 500) return null;
  const checked = checkWaybillNo(text);
  if (!checked.ok) return null;
  const no = checked.waybillNo;
  const digits = no.replace(/\D/g, '').length;
  if (no.length < 8 || digits < 8 || MOBILE.test(no) || searched.includes(no)) return null;
  return no;
}

/**
 * What the box shows after an input event. A paste brings many characters at once: text around
 * a number ("圆通速递 运单号：YT…"), a full-width number or a link becomes the number. Typing, one
 * character at a time (or an input method composing), stays as typed until 查询.
 */
export function tidyInput(previous: string, value: string): string {
  if (value.length - previous.length <= 1) return value;
  const no = extractWaybillNo(value);
  return /^[A-Z0-9]+$/.test(no) ? no : value;
}

/** The answer the home page just got, if any. */
export function takeCachedAnswer(waybillNo: string, carrier?: string): LookupAnswer | null {
  return answers.get(key(waybillNo, carrier)) ?? null;
}

export function recentSearches(): RecentSearch[] {
  const saved = Taro.getStorageSync<RecentSearch[]>(RECENT_KEY);
  return Array.isArray(saved) ? saved : [];
}

const searchOf = (parcel: Parcel): RecentSearch => ({
  waybillNo: parcel.waybillNo,
  carrier: parcel.carrier,
  carrierName: parcel.carrierName,
  status: parcel.status,
});

function rememberSearch(search: RecentSearch): void {
  const rest = recentSearches().filter((s) => s.waybillNo !== search.waybillNo);
  Taro.setStorageSync(RECENT_KEY, [search, ...rest].slice(0, RECENT_MAX));
}
