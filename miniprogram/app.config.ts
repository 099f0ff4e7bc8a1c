/**
 * The main package holds only what a first look-up needs: home and the result page. Everything
 * else is a subpackage (docs: miniprogram/README.md). A subpackage's root is its folder under
 * pages/, so a page keeps the same path whichever package it is in (links already sent in
 * notifications keep working).
 */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/result/index'],
  subPackages: [
    { root: 'pages/parcels', name: 'parcels', pages: ['index'] },
    // 拦截/改址: request, pay sheet (local mode), progress (INTERCEPT_PAGE, opened from notifications), 我的拦截.
    { root: 'pages/intercept', name: 'intercept', pages: ['new/index', 'pay/index', 'detail/index', 'list/index'] },
    { root: 'pages/messages', name: 'messages', pages: ['index'] },
    // 服务通知 of local mode (H5); in WeChat the platform shows them.
    { root: 'pages/inbox', name: 'inbox', pages: ['index'] },
    { root: 'pages/not-found', name: 'not-found', pages: ['index'] },
    { root: 'pages/complaint', name: 'complaint', pages: ['new/index', 'detail/index', 'appeal/index', 'list/index'] },
  ],
  // Fetched in the background once home or a parcel shows, so 我的包裹 and 消息 open at once.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['parcels', 'messages'] },
    'pages/result/index': { network: 'all', packages: ['parcels'] },
  },
  // H5 only: no slide-in between pages, so a page is in place the moment it shows.
  animation: false,
  window: {
    navigationBarTitleText: '包裹管家',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
    // WeChat's own bar in the mini program; in H5 it turns on Taro's bar with back and home.
    navigationStyle: 'default',
  },
});
