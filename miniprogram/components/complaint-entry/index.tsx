import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { COMPLAINT_LIST_URL, complaintFormUrl } from '../../services/complaint-links';
import './index.css';

/** At the foot of a parcel: a way to complain about it, and to the cases already filed. */
export default function ComplaintEntry({ waybillNo, carrier }: { waybillNo: string; carrier: string }) {
  return (
    <View className="complaint-entry card">
      <Text className="muted">包裹延误、丢失、损毁或服务有问题？</Text>
      <View className="complaint-entry__links">
        <Text
          className="tap link"
          data-testid="complain"
          onClick={() => void Taro.navigateTo({ url: complaintFormUrl(waybillNo, carrier) })}
        >
          投诉
        </Text>
        <Text className="tap link" onClick={() => void Taro.navigateTo({ url: COMPLAINT_LIST_URL })}>
          我的投诉
        </Text>
      </View>
    </View>
  );
}
