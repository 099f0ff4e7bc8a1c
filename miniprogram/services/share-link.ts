/**
 * In WeChat a parcel is shared with the platform's share sheet (`onShareAppMessage`), so there is
 * no link to copy. Taro picks `share-link.h5.ts` in the H5 build.
 */
export async function copyShareLink(_path: string): Promise<boolean> {
  return false;
}
