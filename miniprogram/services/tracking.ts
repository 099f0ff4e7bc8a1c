import Taro from '@tarojs/taro';
import { extractWaybillNo, waybillNoSchema, type FunctionRequest, type FunctionResponse } from '../../types';
import { call, type CallResult } from './client';

export type LookupInput = FunctionRequest<'lookup'>;
export type LookupAnswer = FunctionResponse<'lookup'>;

const RECENT_KEY = 'pm.recentSearches';
const RECENT_MAX = 10;

export interface RecentSearch {
  waybillNo: string;
  carrier: string;
  carrierName: string;
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
    rememberSearch({ waybillNo: parcel.waybillNo, carrier: parcel.carrier, carrierName: parcel.carrierName });
  }
  return result;
}

/** The phone tail that opened this number in this session, if any. */
export function rememberedTail(waybillNo: string): string | undefined {
  return phoneTails.get(waybillNo);
}

/** The number in what was typed, pasted or scanned, checked by the same rule the server applies: no round trip to be told it is wrong. */
export function checkWaybillNo(raw: string): { ok: true; waybillNo: string } | { ok: false; message: string } {
  const parsed = waybillNoSchema.safeParse(raw);
  return parsed.success ? { ok: true, waybillNo: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? '请检查单号' };
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

function rememberSearch(search: RecentSearch): void {
  const rest = recentSearches().filter((s) => s.waybillNo !== search.waybillNo);
  Taro.setStorageSync(RECENT_KEY, [search, ...rest].slice(0, RECENT_MAX));
}
