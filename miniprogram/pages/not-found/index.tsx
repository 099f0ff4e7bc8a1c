import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.css';

/** Where an unknown link lands (an old or mistyped address): say so and offer the way home. */
export default function NotFound() {
  return (
    <View className="not-found empty" data-testid="not-found">
      <View className="not-found__title">页面不存在</View>
      <View className="muted">链接可能已失效或输错了</View>
      <Button className="btn-primary empty__action" onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>
        回到首页查快递
      </Button>
    </View>
  );
}
