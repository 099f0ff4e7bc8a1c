import Taro from '@tarojs/taro';
import EmptyState from '../../components/empty-state';

/** Where an unknown link lands (an old or mistyped address): say so and offer the way home. */
export default function NotFound() {
  return (
    <EmptyState
      tone="error"
      testId="not-found"
      title="页面不存在"
      description="链接可能已失效或输错了"
      action={{ text: '回到首页查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }}
    />
  );
}
