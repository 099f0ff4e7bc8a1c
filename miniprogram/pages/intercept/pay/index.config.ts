// The sheet draws its own header (微信支付); the bar says what this page is in local mode.
export default definePageConfig({ navigationBarTitleText: '支付（本地沙箱）' });
