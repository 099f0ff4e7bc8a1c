import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { localInbox, type InboxItem } from '../../services/follow';
import './index.css';

/**
 * Local mode only: the notifications the product sent, shown the way WeChat's 服务通知 shows
 * subscription messages, so the whole journey can be seen without WeChat.
 */
export default function Inbox() {
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const load = async () => setItems(await localInbox());
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  if (items && items.length === 0) return <View className="muted inbox__empty">还没有收到服务通知</View>;
  return (
    <View className="inbox">
      {items?.map((item, i) => (
        <View key={`${item.sentAtMs}-${i}`} className="inbox__card" data-testid="inbox-item">
          <View className="inbox__from">包裹管家</View>
          <View className="inbox__title">{item.title}</View>
          {item.rows.map((r) => (
            <View key={r.label} className="inbox__row">
              <Text className="inbox__label">{r.label}</Text>
              <Text className="inbox__value">{r.value}</Text>
            </View>
          ))}
          <View className="inbox__open" onClick={() => void Taro.navigateTo({ url: `/${item.page}` })}>
            进入小程序查看
          </View>
        </View>
      ))}
    </View>
  );
}
