export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/result/index',
    'pages/parcels/index',
    'pages/messages/index',
    'pages/inbox/index',
    'pages/not-found/index',
  ],
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
