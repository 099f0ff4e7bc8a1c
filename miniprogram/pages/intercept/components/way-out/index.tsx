import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.css';

interface Props {
  reason: string;
  courierPhone: string | null;
  carrierHotline: string | null;
  carrierName: string;
}

/** Too late to intercept: why, and who can still help (the courier on the way, the carrier's hotline). */
export default function WayOut({ reason, courierPhone, carrierHotline, carrierName }: Props) {
  const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber });
  return (
    <View className="way-out card" data-testid="refused">
      <View className="way-out__title">现在无法拦截</View>
      <View className="way-out__reason">{reason}</View>
      {(courierPhone || carrierHotline) && <View className="muted">还可以这样试试：</View>}
      {courierPhone && (
        <View className="way-out__row">
          <Text>派送快递员 {courierPhone}</Text>
          <Button className="btn-plain btn-small" onClick={() => call(courierPhone)}>
            打电话
          </Button>
        </View>
      )}
      {carrierHotline && (
        <View className="way-out__row">
          <Text>
            {carrierName}客服 {carrierHotline}
          </Text>
          <Button className="btn-plain btn-small" onClick={() => call(carrierHotline)}>
            拨打
          </Button>
        </View>
      )}
    </View>
  );
}
