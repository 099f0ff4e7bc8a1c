import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Service, Phone } from '@nutui/icons-react-taro';
import Taro from '@tarojs/taro';
import type { Courier } from '../../../types';
import './index.css';

interface Props {
  courier: Courier | null;
  carrierName: string;
  hotline: string | null;
}

function dial(phoneNumber: string) {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}

/** Who brings the parcel and how to reach them; falls back to the carrier's hotline. */
export default function CourierCard({ courier, carrierName, hotline }: Props) {
  if (!courier?.phone && !hotline) return null;
  return (
    <View className="courier-card card">
      {courier?.phone && (
        <View className="courier-card__row" data-testid="courier">
          <View className="courier-card__who">
            <Text>快递员 {courier.name ?? ''}</Text> <Text className="muted">{courier.phone}</Text>
          </View>
          <Button type="primary" icon={<Phone />} onClick={() => dial(courier.phone!)}>
            打电话
          </Button>
        </View>
      )}
      {hotline && (
        <View className="courier-card__row">
          <View className="courier-card__who">
            <Text>{carrierName}客服</Text> <Text className="muted">{hotline}</Text>
          </View>
          <Button fill="outline" icon={<Service />} onClick={() => dial(hotline)}>
            拨打
          </Button>
        </View>
      )}
    </View>
  );
}
