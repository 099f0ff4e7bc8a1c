export default definePageConfig({ navigationBarTitleText: '向 12305 申诉' });
