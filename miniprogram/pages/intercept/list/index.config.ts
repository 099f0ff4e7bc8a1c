export default definePageConfig({ navigationBarTitleText: '我的拦截', enablePullDownRefresh: true });
