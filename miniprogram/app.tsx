import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: WX_CLOUD_ENV || undefined, traceUser: true });
}

export default function App({ children }: PropsWithChildren) {
  return children;
}
