import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INTERCEPT_TYPE_LABELS } from '../../../../types/intercept-labels';
import EmptyState from '../../../components/empty-state';
import { useLoaded } from '../../../hooks/use-loaded';
import { shortTime } from '../../../services/labels';
import { listIntercepts } from '../../../services/intercepts';
import { INTERCEPT_STATE_LABELS, moneyText, toneOfState } from '../words';
import './index.css';

/** 我的拦截: every intercept this person asked for, newest first. */
export default function MyIntercepts() {
  const { data, error, load } = useLoaded(listIntercepts);
  const items = data?.items ?? null;

  if (error) return <EmptyState tone="error" title={error} action={{ text: '重试', onClick: () => void load() }} />;
  if (items && items.length === 0)
    return (
      <EmptyState
        testId="intercepts-empty"
        title="还没有拦截申请"
        description="在包裹详情里点「拦截/改址」，可以申请退回或改地址。"
        action={{ text: '去查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }}
      />
    );
  return (
    <View className="my-intercepts">
      {items?.map((i) => (
        <View
          key={i.id}
          className="card my-intercepts__item"
          data-testid="intercept-item"
          onClick={() => void Taro.navigateTo({ url: `/pages/intercept/detail/index?id=${encodeURIComponent(i.id)}` })}
        >
          <View className="my-intercepts__head">
            <Text className="my-intercepts__title">{INTERCEPT_TYPE_LABELS[i.type]}</Text>
            <Text className={`my-intercepts__state my-intercepts__state--${toneOfState(i.state)}`}>{INTERCEPT_STATE_LABELS[i.state]}</Text>
          </View>
          <View className="muted">
            {i.carrierName} {i.waybillNo}
          </View>
          <View className="my-intercepts__foot muted">
            <Text>{moneyText(i)}</Text>
            <Text>{shortTime(i.createdAt)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
