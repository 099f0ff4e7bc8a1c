import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import EmptyState from '../../components/empty-state';
import { localInbox, type InboxItem } from '../../services/follow';
import { beijingTime } from '../../services/labels';
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

  if (items && items.length === 0)
    return (
      <EmptyState
        testId="inbox-empty"
        title="还没有收到服务通知"
        description="关注包裹并允许提醒后，进展会通知你。"
        action={{ text: '去查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }}
      />
    );
  return (
    <View className="inbox">
      {items?.map((item, i) => (
        <View key={`${item.sentAtMs}-${i}`} className="inbox__card" data-testid="inbox-item">
          <View className="inbox__from">
            <Text>包裹管家</Text>
            <Text data-testid="inbox-time">{beijingTime(item.sentAtMs)}</Text>
          </View>
          <View className="inbox__title">{item.title}</View>
          {item.rows.map((r) => (
            <View key={r.label} className="inbox__row">
              <Text className="inbox__label">{r.label}</Text>
              <Text className="inbox__value">{r.value}</Text>
            </View>
          ))}
          <View className="inbox__open tap" onClick={() => void Taro.navigateTo({ url: `/${item.page}` })}>
            进入小程序查看
          </View>
        </View>
      ))}
    </View>
  );
}
