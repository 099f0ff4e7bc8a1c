import { Text, View } from '@tarojs/components';
import type { InterceptHistoryEntry } from '../../../../../types';
import { shortTime } from '../../../../services/labels';
import './index.css';

/** What happened, newest first, in the words the server wrote for the user. */
export default function InterceptHistory({ history }: { history: InterceptHistoryEntry[] }) {
  return (
    <View className="intercept-history" data-testid="intercept-history">
      {[...history].reverse().map((h, i) => (
        <View key={`${h.at}-${i}`} className={`intercept-history__item ${i === 0 ? 'intercept-history__item--now' : ''}`}>
          <Text className="intercept-history__note">{h.note}</Text>
          <Text className="muted">{shortTime(h.at)}</Text>
        </View>
      ))}
    </View>
  );
}
