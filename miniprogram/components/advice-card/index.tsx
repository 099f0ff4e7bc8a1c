import { View } from '@tarojs/components';
import type { Advice } from '../../services/advice';
import './index.css';

/** An exception or a stuck parcel, explained in plain words, with what to do next. */
export default function AdviceCard({ advice }: { advice: Advice }) {
  return (
    <View className="advice-card card" data-testid="advice">
      <View className="advice-card__title">{advice.title}</View>
      <View className="advice-card__explain">{advice.explain}</View>
      <View className="advice-card__next">怎么办：{advice.next}</View>
    </View>
  );
}
