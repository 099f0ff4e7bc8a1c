import { Button, Text, View } from '@tarojs/components';
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
  return (
    <View className="courier-card card">
      {courier?.phone && (
        <View className="courier-card__row" data-testid="courier">
          <Text>
            快递员 {courier.name ?? ''} <Text className="muted">{courier.phone}</Text>
          </Text>
          <Button className="courier-card__call btn-primary btn-small" onClick={() => dial(courier.phone!)}>
            打电话
          </Button>
        </View>
      )}
      {hotline && (
        <View className="courier-card__row">
          <Text>
            {carrierName}客服 <Text className="muted">{hotline}</Text>
          </Text>
          <Button className="btn-plain btn-small" onClick={() => dial(hotline)}>
            拨打
          </Button>
        </View>
      )}
    </View>
  );
}
