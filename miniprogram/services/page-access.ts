/** WeChat draws and scrolls its own pages: nothing to do. Taro picks `page-access.h5.ts` in the H5 build. */
export function letKeyboardScrollPages(): void {}
