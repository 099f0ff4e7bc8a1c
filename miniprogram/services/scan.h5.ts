import Taro from '@tarojs/taro';
import { decodeBarcodeImage } from './decode-barcode';
import { isCancel, scanned, type ScanOutcome } from './scan-outcome';

/** 扫一扫 in the browser: take or pick a photo of the label and decode its barcode or QR code in the page. */
export async function scanWaybill(): Promise<ScanOutcome> {
  let path: string | undefined;
  try {
    const chosen = await Taro.chooseImage({ count: 1, sourceType: ['album', 'camera'] });
    path = chosen.tempFilePaths[0];
  } catch (err) {
    return isCancel(err) ? { kind: 'cancelled' } : { kind: 'unreadable' };
  }
  // Taro's H5 picker resolves with no file when the user closes it.
  if (!path) return { kind: 'cancelled' };
  return scanned(await decodeBarcodeImage(path));
}
