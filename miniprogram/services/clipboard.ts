import Taro from '@tarojs/taro';
import { clipboardWaybill, recentSearches } from './tracking';

const OFFERED_KEY = 'pm.clipboardOffered';

/**
 * A waybill number in the clipboard to offer when the app comes to the front, once per number.
 * Only `getClipboardData` reads it (WeChat tells the user it did); nothing is looked up until the
 * user says yes.
 */
export async function clipboardOffer(): Promise<string | null> {
  const text = await Taro.getClipboardData()
    .then((r) => r.data)
    .catch(() => '');
  const offered = Taro.getStorageSync<string>(OFFERED_KEY) || '';
  const no = clipboardWaybill(text, [offered, ...recentSearches().map((r) => r.waybillNo)]);
  if (no) Taro.setStorageSync(OFFERED_KEY, no);
  return no;
}
