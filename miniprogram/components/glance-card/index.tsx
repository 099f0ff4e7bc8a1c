import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Glance } from '../../services/follow';
import './index.css';

interface Props {
  glance: Glance | null;
  unread: number;
  onOpenParcels: () => void;
}

/** 我的包裹 at a glance (on the way, to pick up, in trouble) and the ways to 消息 and, in H5, 服务通知. */
export default function GlanceCard({ glance, unread, onOpenParcels }: Props) {
  const counts = [
    { label: '运输中', value: glance?.inTransit ?? 0, tone: '' },
    { label: '待取件', value: glance?.pickup ?? 0, tone: 'glance__count--pickup' },
    { label: '异常', value: glance?.exception ?? 0, tone: glance?.exception ? 'glance__count--trouble' : '' },
  ];
  return (
    <View className="glance card">
      <View className="glance__head tap" onClick={onOpenParcels} data-testid="nav-parcels">
        <Text className="glance__title">我的包裹</Text>
        <Text className="glance__more">{glance?.total ? `共 ${glance.total} 个 ›` : '查看 ›'}</Text>
      </View>
      <View className="glance__counts" data-testid="glance">
        {counts.map((c) => (
          <View key={c.label} className="glance__count tap" onClick={onOpenParcels}>
            <Text className={`glance__number ${c.tone}`}>{c.value}</Text>
            <Text className="glance__label">{c.label}</Text>
          </View>
        ))}
      </View>
      <View className="glance__links">
        <Text
          className="glance__link tap"
          data-testid="nav-messages"
          onClick={() => void Taro.navigateTo({ url: '/pages/messages/index' })}
        >
          消息
          {unread > 0 && (
            <Text className="glance__badge" data-testid="unread-badge">
              {unread > 99 ? '99+' : unread}
            </Text>
          )}
        </Text>
        {process.env.TARO_ENV === 'h5' && (
          <Text className="glance__link tap" onClick={() => void Taro.navigateTo({ url: '/pages/inbox/index' })}>
            服务通知
          </Text>
        )}
      </View>
    </View>
  );
}
