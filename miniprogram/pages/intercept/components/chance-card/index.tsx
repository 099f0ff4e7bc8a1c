import { Text, View } from '@tarojs/components';
import type { FunctionResponse } from '../../../../../types';
import './index.css';

type Check = FunctionResponse<'checkIntercept'>;

const TONE = { LIKELY: 'good', RISKY: 'risky', UNLIKELY: 'bad' } as const;

/** Whether it can still work, before paying: the warning when late, and the likelihood band with its reason. */
export default function ChanceCard({ check }: { check: Check }) {
  const { likelihood } = check;
  return (
    <View className="chance card" data-testid="chance">
      {check.eligibility === 'WARNED' && (
        <View className="chance__warned" data-testid="warned">
          {check.reason}
        </View>
      )}
      <View className="chance__head">
        <Text>成功可能</Text>
        <Text className={`chance__band chance__band--${TONE[likelihood.band]}`} data-testid="likelihood">
          {likelihood.label}
        </Text>
      </View>
      <View className="muted">{likelihood.reason}</View>
    </View>
  );
}
