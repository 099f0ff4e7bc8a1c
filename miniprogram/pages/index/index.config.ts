export default definePageConfig({ navigationBarTitleText: '包裹管家' });
