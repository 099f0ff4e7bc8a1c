import Taro from '@tarojs/taro';

/**
 * 扫一扫 in WeChat: the platform scanner reads the label's barcode (or QR code). Taro picks
 * `scan.h5.ts` instead in the H5 build. Null when the user cancels.
 */
export async function scanWaybill(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['barCode', 'qrCode'] });
    return result || null;
  } catch {
    return null;
  }
}
