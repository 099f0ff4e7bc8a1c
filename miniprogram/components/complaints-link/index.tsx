import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.css';
import { COMPLAINT_LIST_URL } from '../../services/complaint-links';

/** 我的投诉, from 我的包裹: the cases filed about any parcel. */
export default function ComplaintsLink() {
  return (
    <View
      className="complaints-link muted tap"
      data-testid="my-complaints"
      onClick={() => void Taro.navigateTo({ url: COMPLAINT_LIST_URL })}
    >
      我的投诉
    </View>
  );
}
