import Taro from '@tarojs/taro';
import type { FunctionRequest, FunctionResponse } from '../../types';
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

export function clearRecentSearches(): void {
  Taro.removeStorageSync(RECENT_KEY);
}
