import Taro from '@tarojs/taro';
import { decodeBarcodeImage } from './decode-barcode';

/** 扫一扫 in the browser: take or pick a photo of the label and decode its barcode in the page. Null when cancelled or unreadable. */
export async function scanWaybill(): Promise<string | null> {
  let path: string | undefined;
  try {
    const chosen = await Taro.chooseImage({ count: 1, sourceType: ['album', 'camera'] });
    path = chosen.tempFilePaths[0];
  } catch {
    return null;
  }
  return path ? decodeBarcodeImage(path) : null;
}
