import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { ErrorBody, Intercept } from '../../../../types';
import { INTERCEPT_TYPE_LABELS } from '../../../../types/intercept-labels';
import EmptyState from '../../../components/empty-state';
import { cancelIntercept, getIntercept, interceptRequestUrl } from '../../../services/intercepts';
import { MODAL_COLOURS } from '../../../services/subscribe';
import InterceptHistory from '../components/intercept-history';
import { INTERCEPT_STATE_LABELS, moneyText, STATE_SENTENCES, toneOfState } from '../words';
import './index.css';

/** How it is going: opened after paying, from 消息, from a service notification and from 我的拦截. */
export default function InterceptDetail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [shown, setShown] = useState<Intercept | ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  // Every show asks again: coming back from the pay sheet, the server asks WeChat Pay, never the client.
  const load = async () => {
    const reply = await getIntercept(id);
    setShown(reply.ok ? reply.data.intercept : reply.error);
  };
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  async function cancel(i: Intercept) {
    const paid = i.history.some((h) => h.state === 'PAID');
    const { confirm } = await Taro.showModal({
      title: '取消这个申请？',
      content: paid ? '已付的费用会全额原路退回。' : '取消后可以重新申请。',
      confirmText: '取消申请',
      cancelText: '再想想',
      ...MODAL_COLOURS,
    });
    if (!confirm) return;
    setBusy(true);
    const reply = await cancelIntercept(i.id);
    setBusy(false);
    if (!reply.ok) return void Taro.showToast({ title: reply.error.message, icon: 'none' });
    setShown(reply.data.intercept);
  }

  if (!shown) return <View className="intercept-detail__state muted">正在查询…</View>;
  if ('code' in shown) return <EmptyState tone="error" title={shown.message} action={{ text: '重试', onClick: () => void load() }} />;
  const i = shown;
  const a = i.newAddress;
  return (
    <View className="intercept-detail">
      <View className={`intercept-detail__head intercept-detail__head--${toneOfState(i.state)}`}>
        <Text className="intercept-detail__state-word" data-testid="intercept-state">
          {INTERCEPT_STATE_LABELS[i.state]}
        </Text>
        <Text data-testid="intercept-sentence">{STATE_SENTENCES[i.state]}</Text>
      </View>
      <View className="card intercept-detail__facts">
        <View className="intercept-detail__row">
          <Text className="muted">申请</Text>
          <Text>{INTERCEPT_TYPE_LABELS[i.type]}</Text>
        </View>
        <View className="intercept-detail__row">
          <Text className="muted">快递</Text>
          <Text>
            {i.carrierName} {i.waybillNo}
          </Text>
        </View>
        {a && (
          <View className="intercept-detail__row">
            <Text className="muted">新地址</Text>
            <Text className="intercept-detail__address">
              {a.province}
              {a.city}
              {a.district} {a.detail}，{a.name} {a.phone}
            </Text>
          </View>
        )}
        <View className="intercept-detail__row">
          <Text className="muted">费用</Text>
          <Text data-testid="intercept-money">{moneyText(i)}</Text>
        </View>
      </View>
      <View className="card">
        <View className="intercept-detail__title">进度</View>
        <InterceptHistory history={i.history} />
      </View>
      <View className="intercept-detail__actions">
        {i.state === 'PAYMENT_PENDING' && (
          // Asking again replaces the unpaid request: the server keeps one open request per parcel.
          <Button
            type="primary"
            block
            data-testid="intercept-again"
            onClick={() => void Taro.redirectTo({ url: interceptRequestUrl(i.waybillNo, i.carrier) })}
          >
            重新申请并支付
          </Button>
        )}
        {i.canCancel && (
          <Button fill="outline" block loading={busy} data-testid="intercept-cancel" onClick={() => void cancel(i)}>
            取消申请
          </Button>
        )}
        <Button fill="none" block data-testid="my-intercepts" onClick={() => void Taro.navigateTo({ url: '/pages/intercept/list/index' })}>
          我的拦截
        </Button>
      </View>
    </View>
  );
}
