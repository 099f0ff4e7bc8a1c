import type { PropsWithChildren } from 'react';
import Taro, { usePageNotFound } from '@tarojs/taro';
import '@nutui/icons-react-taro/dist/style_icon.css';
import './theme.css';
import './app.css';
import { letKeyboardScrollPages } from './services/page-access';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: WX_CLOUD_ENV || undefined, traceUser: true });
}
letKeyboardScrollPages();

export default function App({ children }: PropsWithChildren) {
  // An unknown route (a stale link, a typo) lands on a page that says so, not on whatever showed before.
  usePageNotFound(() => void Taro.redirectTo({ url: '/pages/not-found/index' }));
  return children;
}
