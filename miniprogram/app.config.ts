export default defineAppConfig({
  pages: ['pages/index/index', 'pages/result/index'],
  window: {
    navigationBarTitleText: '包裹管家',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
});
