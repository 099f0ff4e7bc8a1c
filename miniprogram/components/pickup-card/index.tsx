import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Copy, Location } from '@nutui/icons-react-taro';
import Taro from '@tarojs/taro';
import type { PickupCard as Card } from '../../../types';
import './index.css';

function copy(data: string, title: string) {
  void Taro.setClipboardData({ data })
    .then(() => Taro.showToast({ title, icon: 'none' }))
    .catch(() => undefined);
}

/**
 * Where to collect a parcel left at a 驿站 or locker, as Cainiao shows it: the code big, the
 * station and its address, copy buttons. We have no coordinates for a station (the carrier gives
 * text only), so the address is copied for the map app rather than opened with `openLocation`.
 */
export default function PickupCard({ pickup }: { pickup: Card }) {
  return (
    <View className="pickup-card card" data-testid="pickup-card">
      <View className="pickup-card__label">取件码</View>
      {pickup.code ? (
        <View className="pickup-card__code-row">
          <Text className="pickup-card__code" data-testid="pickup-code" selectable>
            {pickup.code}
          </Text>
          <Button size="small" fill="outline" type="primary" icon={<Copy />} onClick={() => copy(pickup.code!, '取件码已复制')}>
            复制取件码
          </Button>
        </View>
      ) : (
        <View className="pickup-card__nocode">快递公司没有给出取件码，可凭手机号后四位或收到的短信取件</View>
      )}
      {pickup.station && (
        <View className="pickup-card__station" data-testid="pickup-station">
          {pickup.station}
        </View>
      )}
      {pickup.address && (
        <View className="pickup-card__address-row">
          <Text className="pickup-card__address">{pickup.address}</Text>
          <Button size="small" fill="outline" icon={<Location />} onClick={() => copy(pickup.address!, '地址已复制，可粘贴到地图里导航')}>
            复制地址
          </Button>
        </View>
      )}
    </View>
  );
}
