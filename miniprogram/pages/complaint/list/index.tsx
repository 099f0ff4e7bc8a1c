import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { COMPLAINT_STATE_LABELS, COMPLAINT_TYPE_LABELS } from '../../../../types/complaints';
import EmptyState from '../../../components/empty-state';
import { useLoaded } from '../../../hooks/use-loaded';
import { dayAndTime, listComplaints } from '../../../services/complaints';
import './index.css';

/** 我的投诉: every case of this user, newest first, with where it stands. */
export default function ComplaintList() {
  const { data, error, load } = useLoaded(listComplaints);
  if (error) return <EmptyState tone="error" title={error} action={{ text: '重试', onClick: () => void load() }} />;
  if (data && data.items.length === 0)
    return (
      <EmptyState
        testId="complaints-empty"
        title="还没有投诉"
        description="包裹延误、丢失、损毁或服务有问题时，可以在包裹详情页点「投诉」。"
        action={{ text: '去查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }}
      />
    );
  return (
    <View className="complaint-list">
      {data?.items.map((c) => (
        <View
          key={c.id}
          className="card complaint-list__item"
          data-testid="complaint-item"
          onClick={() => void Taro.navigateTo({ url: `/pages/complaint/detail/index?id=${c.id}` })}
        >
          <View className="complaint-list__head">
            <Text className="complaint-list__type">{COMPLAINT_TYPE_LABELS[c.type]}</Text>
            <Text className="complaint-list__state">{COMPLAINT_STATE_LABELS[c.state]}</Text>
          </View>
          <View className="muted">
            {c.carrierName ?? '快递'} {c.waybillNo}
          </View>
          <View className="muted">{dayAndTime(c.filedAt)} 提交</View>
        </View>
      ))}
    </View>
  );
}
