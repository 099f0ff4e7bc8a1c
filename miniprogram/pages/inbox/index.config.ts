export default definePageConfig({ navigationBarTitleText: '服务通知（本地）', enablePullDownRefresh: true });
