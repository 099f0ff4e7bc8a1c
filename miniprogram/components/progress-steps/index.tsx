import { Text, View } from '@tarojs/components';
import type { Parcel } from '../../../types';
import { progressOf } from '../../services/progress';
import './index.css';

/**
 * 已下单 → 已揽收 → 运输中 → 派送中/待取件 → 已签收, from the unified statuses; red where a parcel in
 * trouble stopped. Each step is a dot with its title underneath, so the five fit side by side on
 * the narrowest phone with large text (NutUI's Steps put titles beside the dots and broke them
 * one character per line).
 */
export default function ProgressSteps({ parcel }: { parcel: Pick<Parcel, 'status' | 'events'> }) {
  const { steps, trouble } = progressOf(parcel);
  return (
    <View className={`progress-steps card ${trouble ? 'progress-steps--trouble' : ''}`} data-testid="progress" role="list">
      {steps.map((s) => (
        <View
          key={s.title}
          className={`progress-steps__step progress-steps__step--${s.state}`}
          role="listitem"
          aria-current={s.state === 'current' ? 'step' : undefined}
        >
          <View className="progress-steps__dot" />
          <Text className="progress-steps__title">{s.title}</Text>
        </View>
      ))}
    </View>
  );
}
