import { useCallback, useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { carrierInfo, type ErrorBody } from '../../../types';
import CourierCard from '../../components/courier-card';
import StatusHeader from '../../components/status-header';
import Timeline from '../../components/timeline';
import { followParcel, updateFollowed } from '../../services/follow';
import { requestReminders } from '../../services/subscribe';
import { lookupParcel, takeCachedAnswer, type LookupAnswer } from '../../services/tracking';
import './index.css';

type View_ = { kind: 'loading' } | { kind: 'answer'; answer: LookupAnswer } | { kind: 'error'; error: ErrorBody };

export default function Result() {
  const { params } = useRouter();
  const waybillNo = params.no ?? '';
  const carrier = params.carrier || undefined;
  const fromNotification = params.from === 'notify';
  const [following, setFollowing] = useState<boolean | null>(null);
  const [reminders, setReminders] = useState<string | null>(null);
  const [view, setView] = useState<View_>(() => {
    const cached = takeCachedAnswer(waybillNo, carrier);
    return cached ? { kind: 'answer', answer: cached } : { kind: 'loading' };
  });

  const load = useCallback(async () => {
    const result = await lookupParcel({ waybillNo, carrier });
    setView(result.ok ? { kind: 'answer', answer: result.data } : { kind: 'error', error: result.error });
  }, [waybillNo, carrier]);

  useEffect(() => {
    if (view.kind === 'loading') void load();
  }, [view.kind, load]);

  // Opening a followed parcel marks it seen; a NOT_FOUND answer means the user does not follow it yet.
  useEffect(() => {
    if (!carrier) return;
    void updateFollowed({ parcelId: `${carrier}:${waybillNo}`, seen: true }).then((r) => setFollowing(r.ok));
  }, [carrier, waybillNo]);

  /** One tap: ask for reminders (WeChat allows the popup only from a tap), then follow. */
  async function follow() {
    const credits = await requestReminders();
    const reply = await followParcel({ waybillNo, carrier });
    if (!reply.ok) return void Taro.showToast({ title: reply.error.message, icon: 'none' });
    setFollowing(true);
    const c = credits ?? reply.data.credits;
    setReminders(`已关注。还能收到 ${c.progress} 条进度提醒、${c.exception} 条异常提醒`);
  }

  async function topUp() {
    const credits = await requestReminders();
    if (credits) setReminders(`还能收到 ${credits.progress} 条进度提醒、${credits.exception} 条异常提醒`);
  }

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  if (view.kind === 'loading') return <View className="result__state muted">正在查询…</View>;
  if (view.kind === 'error' || !view.answer.parcel) {
    const message = view.kind === 'error' ? view.error.message : '还没确定是哪家快递，请返回重新查询';
    return (
      <View className="result__state" data-testid="result-error">
        <View className="warn">{message}</View>
        <Button className="btn-plain result__retry" onClick={() => void load()}>
          重试
        </Button>
      </View>
    );
  }

  const { parcel, notice } = view.answer;
  const info = carrierInfo(parcel.carrier);
  return (
    <View className="result">
      {notice && (
        <View className="result__notice" data-testid="result-notice">
          {notice.message}，以下是上次查到的物流信息
        </View>
      )}
      <StatusHeader parcel={parcel} onCopy={() => void Taro.setClipboardData({ data: parcel.waybillNo })} />
      {following !== null && (
        <View className="result__follow card">
          {following === false && (
            <Button className="btn-primary" data-testid="follow" onClick={() => void follow()}>
              关注包裹，有进展提醒我
            </Button>
          )}
          {following && !reminders && (
            <View className="result__following">
              <Text>已关注</Text>
              <Text className="result__topup" onClick={() => void topUp()}>
                {fromNotification ? '继续接收这个包裹的提醒' : '开启更多提醒'}
              </Text>
            </View>
          )}
          {reminders && (
            <View className="result__following" data-testid="reminders">
              <Text>{reminders}</Text>
              <Text className="result__topup" onClick={() => void Taro.navigateTo({ url: '/pages/parcels/index' })}>
                我的包裹
              </Text>
            </View>
          )}
        </View>
      )}
      <CourierCard courier={parcel.courier} carrierName={parcel.carrierName} hotline={parcel.carrierPhone ?? info?.hotline ?? null} />
      {parcel.events.length ? (
        <Timeline events={parcel.events} />
      ) : (
        <View className="card muted" data-testid="no-trace">
          <Text>暂无物流信息。快递公司可能还没揽收，或刚揽收还没上传，请稍后再查。</Text>
        </View>
      )}
    </View>
  );
}
