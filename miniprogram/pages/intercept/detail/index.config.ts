export default definePageConfig({ navigationBarTitleText: '拦截进度', enablePullDownRefresh: true });
