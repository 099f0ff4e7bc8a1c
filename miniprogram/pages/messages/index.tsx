import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { FunctionResponse } from '../../../types';
import EmptyState from '../../components/empty-state';
import { listMessages, markMessagesRead } from '../../services/follow';
import './index.css';

/** The in-app message centre: every milestone of every followed parcel, whether or not WeChat was allowed to push it. */
export default function Messages() {
  const [data, setData] = useState<FunctionResponse<'listMessages'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const reply = await listMessages();
    if (!reply.ok) return setError(reply.error.message);
    setData(reply.data);
    // What is on the screen now is what was seen: those, not every unread message there is. Their dots stay until the next visit.
    const seen = reply.data.items.filter((m) => !m.read).map((m) => m.id);
    if (seen.length) void markMessagesRead(seen);
  }

  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  if (error) return <EmptyState tone="error" title={error} action={{ text: '重试', onClick: () => void load() }} />;
  if (data && data.items.length === 0)
    return (
      <EmptyState
        testId="messages-empty"
        title="还没有消息"
        description="关注的包裹有进展时会出现在这里。"
        action={{ text: '去查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }}
      />
    );
  return (
    <View className="messages">
      {data?.items.map((m) => (
        <View
          key={m.id}
          className={`messages__item card ${m.read ? '' : 'messages__item--unread'}`}
          data-testid="message"
          onClick={() => void Taro.navigateTo({ url: `/${m.link}` })}
        >
          <View className="messages__head">
            <Text className="messages__title">{m.title}</Text>
            <Text className="muted">{m.createdAt.slice(5, 16).replace('T', ' ')}</Text>
          </View>
          <View className="muted">
            {m.remark ? `${m.remark} · ` : ''}
            {m.carrierName} {m.waybillNo}
          </View>
          <View className="messages__body">{m.body}</View>
          <Text className="messages__pushed muted">{m.pushed ? '已通过微信提醒' : '未推送（提醒次数不够，或留给了取件、签收）'}</Text>
        </View>
      ))}
    </View>
  );
}
