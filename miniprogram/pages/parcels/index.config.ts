export default definePageConfig({ navigationBarTitleText: '我的包裹', enablePullDownRefresh: true });
