import { View } from '@tarojs/components';
import { Step, Steps } from '@nutui/nutui-react-taro';
import type { Parcel } from '../../../types';
import { progressOf } from '../../services/progress';
import './index.css';

/** 已下单 → 已揽收 → 运输中 → 派送中/待取件 → 已签收, from the unified statuses; red where a parcel in trouble stopped. */
export default function ProgressSteps({ parcel }: { parcel: Pick<Parcel, 'status' | 'events'> }) {
  const { steps, trouble } = progressOf(parcel);
  const current = steps.findIndex((s) => s.state === 'current');
  const value = current >= 0 ? current + 1 : steps.length + 1;
  return (
    <View className={`progress-steps card ${trouble ? 'progress-steps--trouble' : ''}`} data-testid="progress">
      <Steps value={value} type="dot">
        {steps.map((s, i) => (
          <Step key={s.title} value={i + 1} title={s.title} className={`progress-steps__step--${s.state}`} />
        ))}
      </Steps>
    </View>
  );
}
