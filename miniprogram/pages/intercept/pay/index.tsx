import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useUnload } from '@tarojs/taro';
import { yuanText } from '../../../services/intercepts';
import { finishPaySheet, MERCHANT, settleInSandbox, type PayOutcome, type SheetChoice } from '../../../services/pay';
import './index.css';

/** Taro's H5 router hands query values over still encoded. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Local mode only (H5): the pay sheet as WeChat shows it — merchant, amount, pay or close — with
 * a way to make the payment fail. The choice is settled in the local pay sandbox, which sends
 * payNotify a real signed notification; then the page that asked goes on.
 */
export default function PaySheet() {
  const { params } = useRouter();
  const outTradeNo = params.no ?? '';
  const feeFen = Number(params.fen ?? 0);
  const what = decoded(params.what ?? '');
  const [busy, setBusy] = useState(false);
  const done = useRef(false);

  // Leaving by the back button is closing the sheet.
  useUnload(() => {
    if (!done.current) finishPaySheet('CANCELLED');
  });

  async function choose(choice: SheetChoice) {
    if (busy) return;
    setBusy(true);
    const outcome: PayOutcome = await settleInSandbox(outTradeNo, choice);
    done.current = true;
    await Taro.navigateBack();
    finishPaySheet(outcome);
  }

  return (
    <View className="pay-sheet">
      <View className="pay-sheet__panel" role="dialog" aria-label="微信支付">
        <View className="pay-sheet__top">
          <Text className="pay-sheet__close tap" aria-label="关闭" data-testid="pay-cancel" onClick={() => void choose('CANCEL')}>
            ✕
          </Text>
          <Text className="pay-sheet__brand">微信支付</Text>
        </View>
        <View className="pay-sheet__merchant">{MERCHANT}</View>
        <View className="pay-sheet__what muted">{what}</View>
        <View className="pay-sheet__amount" data-testid="pay-amount">
          {yuanText(feeFen)}
        </View>
        <View className="pay-sheet__row">
          <Text className="muted">付款方式</Text>
          <Text>零钱</Text>
        </View>
        <Button className="pay-sheet__pay" disabled={busy || undefined} data-testid="pay-confirm" onClick={() => void choose('SUCCESS')}>
          支付
        </Button>
        <View className="pay-sheet__links">
          <Text className="pay-sheet__link tap" data-testid="pay-fail" onClick={() => void choose('FAIL')}>
            模拟支付失败
          </Text>
        </View>
        <View className="pay-sheet__note muted">本地支付沙箱，不会真的扣款</View>
      </View>
    </View>
  );
}
