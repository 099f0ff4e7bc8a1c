import Taro from '@tarojs/taro';

/** H5 has no WeChat share sheet: the same page as a link to paste into a chat. */
export async function copyShareLink(path: string): Promise<boolean> {
  const link = `${window.location.origin}${window.location.pathname}#${path}`;
  try {
    await Taro.setClipboardData({ data: link });
    return true;
  } catch {
    return false;
  }
}
