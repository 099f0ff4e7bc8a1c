import Taro from '@tarojs/taro';
import { isCancel, scanned, type ScanOutcome } from './scan-outcome';

/**
 * 扫一扫 in WeChat: the platform scanner reads the label's barcode (or QR code). Taro picks
 * `scan.h5.ts` instead in the H5 build.
 */
export async function scanWaybill(): Promise<ScanOutcome> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['barCode', 'qrCode'] });
    return scanned(result);
  } catch (err) {
    return isCancel(err) ? { kind: 'cancelled' } : { kind: 'unreadable' };
  }
}
