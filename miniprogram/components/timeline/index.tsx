import { Text, View } from '@tarojs/components';
import type { TrackingEvent } from '../../../types';
import { MILESTONES, STATUS_LABELS, TROUBLE, shortTime } from '../../services/labels';
import './index.css';

/** Events newest first; milestones bold, trouble in warning colour. */
export default function Timeline({ events }: { events: TrackingEvent[] }) {
  return (
    <View className="timeline card" data-testid="timeline">
      {events.map((e, i) => {
        const tone = TROUBLE.has(e.status) ? 'timeline__item--trouble' : MILESTONES.has(e.status) ? 'timeline__item--milestone' : '';
        return (
          <View key={`${e.time}-${i}`} className={`timeline__item ${tone} ${i === 0 ? 'timeline__item--latest' : ''}`}>
            <View className="timeline__dot" />
            <View className="timeline__body">
              {(MILESTONES.has(e.status) || TROUBLE.has(e.status)) && <Text className="timeline__label">{STATUS_LABELS[e.status]}</Text>}
              <Text className="timeline__text">{e.text}</Text>
              <Text className="timeline__time muted">{shortTime(e.time)}</Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}
