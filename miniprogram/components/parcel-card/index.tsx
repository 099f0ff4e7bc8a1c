import { Text, View } from '@tarojs/components';
import type { FollowedParcel } from '../../../types';
import { ALERT_LABELS, REASON_LABELS, STATUS_LABELS, currentEta, etaText, quietFor, toneOf } from '../../services/labels';
import './index.css';

interface Props {
  item: FollowedParcel;
  onOpen: () => void;
  onMore: () => void;
}

/** One followed parcel in 我的包裹: status, latest event, ETA, alerts, and a dot when it moved since last seen. */
export default function ParcelCard({ item, onOpen, onMore }: Props) {
  const { parcel } = item;
  const now = Date.now();
  const eta = currentEta(parcel, now);
  const note = eta ? etaText(eta) : parcel.alerts.includes('STALE') ? quietFor(parcel, now) : '';
  return (
    <View className="parcel-card card" data-testid="parcel-card" onClick={onOpen} onLongPress={onMore}>
      <View className="parcel-card__head">
        <Text className="parcel-card__title">{item.remark || parcel.carrierName}</Text>
        {item.changed && (
          <Text className="parcel-card__badge" data-testid="changed-badge">
            有更新
          </Text>
        )}
        <Text className={`parcel-card__status parcel-card__status--${toneOf(parcel)}`} data-testid="parcel-card-status">
          {STATUS_LABELS[parcel.status]}
          {parcel.reason ? `·${REASON_LABELS[parcel.reason]}` : ''}
        </Text>
      </View>
      <View className="muted">
        {parcel.carrierName} {parcel.waybillNo}
      </View>
      {parcel.events[0] && <View className="parcel-card__latest">{parcel.events[0].text}</View>}
      <View className="parcel-card__foot">
        <Text className="muted">{note}</Text>
        {parcel.alerts.map((a) => (
          <Text key={a} className="parcel-card__alert">
            {ALERT_LABELS[a]}
          </Text>
        ))}
        <Text className="parcel-card__more tap" data-testid="parcel-more" onClick={(e) => (e.stopPropagation(), onMore())}>
          ···
        </Text>
      </View>
    </View>
  );
}
