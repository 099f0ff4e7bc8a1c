import { Text, View } from '@tarojs/components';
import type { Parcel } from '../../../types';
import { ALERT_LABELS, REASON_LABELS, STATUS_LABELS, currentEta, etaText, pastTrouble, quietFor, toneOf } from '../../services/labels';
import { routeOf } from '../../services/progress';
import './index.css';

interface Props {
  parcel: Parcel;
  onCopy: () => void;
}

/** The parcel's state at a glance: status, from where to where, what went wrong (now or on the way), when it should arrive, or how long it has been quiet. */
export default function StatusHeader({ parcel, onCopy }: Props) {
  const now = Date.now();
  const eta = currentEta(parcel, now);
  const history = pastTrouble(parcel);
  const stalled = parcel.alerts.includes('STALE') ? quietFor(parcel, now) : null;
  const route = routeOf(parcel);
  return (
    <View className={`status-header card status-header--${toneOf(parcel)}`}>
      <View className="status-header__status" data-testid="parcel-status">
        {STATUS_LABELS[parcel.status]}
        {parcel.reason && <Text className="status-header__reason">（{REASON_LABELS[parcel.reason]}）</Text>}
      </View>
      {route.from && (
        <View className="status-header__route" data-testid="route">
          <Text>{route.from}</Text>
          <Text className="status-header__arrow">→</Text>
          <Text>{route.to ?? '目的地'}</Text>
        </View>
      )}
      {history && (
        <View className="status-header__history" data-testid="past-trouble">
          {history}
        </View>
      )}
      {parcel.alerts.map((a) => (
        <Text key={a} className="status-header__alert">
          {ALERT_LABELS[a]}
        </Text>
      ))}
      {stalled && (
        <View className="status-header__quiet" data-testid="quiet-for">
          {stalled}，最后一条：{parcel.events[0].text}
        </View>
      )}
      {eta && <View className="status-header__eta">{etaText(eta)}</View>}
      <View className="status-header__meta muted">
        <Text>
          {parcel.carrierName} {parcel.waybillNo}
        </Text>
        <Text className="status-header__copy tap" onClick={onCopy}>
          复制
        </Text>
      </View>
    </View>
  );
}
