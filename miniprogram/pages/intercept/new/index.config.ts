export default definePageConfig({ navigationBarTitleText: '拦截 / 改址' });
