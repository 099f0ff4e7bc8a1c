import { Text, View } from '@tarojs/components';
import type { CompensationEstimate } from '../../../../../types';
import { yuan } from '../../../../services/complaints';
import './index.css';

/** The compensation the rules give, with the rule named: no competing app shows this. */
export default function CompensationCard({ estimate }: { estimate: CompensationEstimate }) {
  const figure =
    estimate.amountFen !== null ? `约 ${yuan(estimate.amountFen)}` : estimate.capFen !== null ? `最高 ${yuan(estimate.capFen)}` : null;
  return (
    <View className="card compensation-card" data-testid="compensation">
      <View className="compensation-card__head">
        <Text className="compensation-card__title">按规则估算的赔偿</Text>
        {figure && <Text className="compensation-card__figure">{figure}</Text>}
      </View>
      <View className="compensation-card__text">{estimate.explanation}</View>
      <View className="muted">依据：{estimate.rule}</View>
      <View className="muted compensation-card__note">估算仅供参考，以快递公司核实后的结果为准。</View>
    </View>
  );
}
