import { Text, View } from '@tarojs/components';
import { STATUS_LABELS, TROUBLE } from '../../services/labels';
import type { RecentSearch } from '../../services/tracking';
import './index.css';

/** 最近查询: each number with the status its last look-up found; a tap opens it again. */
export default function RecentList({ items, onOpen }: { items: RecentSearch[]; onOpen: (r: RecentSearch) => void }) {
  if (!items.length) return null;
  return (
    <View className="recent card">
      <View className="recent__title">最近查询</View>
      {items.map((r) => (
        <View key={r.waybillNo} className="recent__item" data-testid="recent-item" onClick={() => onOpen(r)}>
          <View className="recent__who">
            <Text className="recent__carrier">{r.carrierName}</Text>
            <Text className="recent__no">{r.waybillNo}</Text>
          </View>
          {r.status && (
            <Text className={`recent__status ${TROUBLE.has(r.status) ? 'recent__status--trouble' : ''}`} data-testid="recent-status">
              {STATUS_LABELS[r.status]}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}
