import { Text, View } from '@tarojs/components';
import type { Parcel } from '../../../types';
import { ALERT_LABELS, REASON_LABELS, STATUS_LABELS, TROUBLE, etaText } from '../../services/labels';
import './index.css';

interface Props {
  parcel: Parcel;
  onCopy: () => void;
}

export default function StatusHeader({ parcel, onCopy }: Props) {
  const trouble = TROUBLE.has(parcel.status) || parcel.alerts.length > 0;
  return (
    <View className={`status-header card ${trouble ? 'status-header--trouble' : ''}`}>
      <View className="status-header__status" data-testid="parcel-status">
        {STATUS_LABELS[parcel.status]}
        {parcel.reason && <Text className="status-header__reason">（{REASON_LABELS[parcel.reason]}）</Text>}
      </View>
      {parcel.alerts.map((a) => (
        <Text key={a} className="status-header__alert">
          {ALERT_LABELS[a]}
        </Text>
      ))}
      {parcel.eta && <View className="status-header__eta">{etaText(parcel.eta)}</View>}
      <View className="status-header__meta muted">
        <Text>
          {parcel.carrierName} {parcel.waybillNo}
        </Text>
        <Text className="status-header__copy" onClick={onCopy}>
          复制
        </Text>
      </View>
    </View>
  );
}
