import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Notice, Share } from '@nutui/icons-react-taro';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import type { Credits, ErrorBody, Parcel } from '../../../types';
import { carrierInfo } from '../../../types/carriers';
import AdviceCard from '../../components/advice-card';
import CarrierPicker from '../../components/carrier-picker';
import ComplaintEntry from '../../components/complaint-entry';
import CourierCard from '../../components/courier-card';
import EmptyState from '../../components/empty-state';
import InterceptEntry from '../../components/intercept-entry';
import PhoneTailPrompt from '../../components/phone-tail-prompt';
import PickupCard from '../../components/pickup-card';
import ProgressSteps from '../../components/progress-steps';
import StatusHeader from '../../components/status-header';
import Timeline from '../../components/timeline';
import { adviceFor } from '../../services/advice';
import { followParcel, updateFollowed } from '../../services/follow';
import { shareOf } from '../../services/share';
import { copyShareLink } from '../../services/share-link';
import { askReminders, reportReminders, requestReminders } from '../../services/subscribe';
import { lookupParcel, rememberedTail, takeCachedAnswer, type LookupAnswer } from '../../services/tracking';
import './index.css';

type Shown =
  | { kind: 'loading' }
  | { kind: 'answer'; answer: LookupAnswer }
  | { kind: 'error'; error: ErrorBody }
  | { kind: 'tail'; carrier: string; error: string | null };

const remindersText = (c: Credits) => `还能收到 ${c.progress} 条进度提醒、${c.exception} 条异常提醒`;

/** One parcel: reached from a search, 最近查询, 我的包裹, a message, a notification or a shared link. */
export default function Result() {
  const { params } = useRouter();
  const waybillNo = params.no ?? '';
  const fromNotification = params.from === 'notify';
  const [carrier, setCarrier] = useState<string | undefined>(params.carrier || undefined);
  const [following, setFollowing] = useState(false);
  const [reminders, setReminders] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(() => {
    const cached = takeCachedAnswer(waybillNo, carrier);
    return cached ? { kind: 'answer', answer: cached } : { kind: 'loading' };
  });

  const load = useCallback(
    async (with_: { carrier?: string; phoneTail?: string } = {}) => {
      const asked = with_.carrier ?? carrier;
      setBusy(true);
      const result = await lookupParcel({ waybillNo, carrier: asked, phoneTail: with_.phoneTail });
      setBusy(false);
      if (!result.ok) {
        // A wrong phone tail asks again, saying why; every other failure offers a retry.
        if (result.error.code === 'NEEDS_PHONE_TAIL' && asked)
          return setShown({ kind: 'tail', carrier: asked, error: result.error.message });
        return setShown({ kind: 'error', error: result.error });
      }
      if (with_.carrier) setCarrier(with_.carrier);
      const { needsPhoneTail } = result.data;
      setShown(needsPhoneTail ? { kind: 'tail', carrier: needsPhoneTail, error: null } : { kind: 'answer', answer: result.data });
    },
    [waybillNo, carrier],
  );

  useEffect(() => {
    if (shown.kind === 'loading') void load();
  }, [shown.kind, load]);

  const answer = shown.kind === 'answer' ? shown.answer : null;
  const parcelId = answer?.parcel?.id;
  useEffect(() => {
    if (!answer) return;
    setFollowing(answer.following);
    // Opening a followed parcel marks it seen; the answer says whether it is followed, so nothing is probed.
    if (answer.following && parcelId) void updateFollowed({ parcelId, seen: true });
  }, [answer, parcelId]);

  /** One tap: the consent popup first (WeChat shows it only from a tap), then the follow; consent is reported once the follow holds. */
  async function follow(parcel: Parcel) {
    const consent = await askReminders();
    const reply = await followParcel({ waybillNo: parcel.waybillNo, carrier: parcel.carrier, phoneTail: rememberedTail(parcel.waybillNo) });
    if (!reply.ok) return void Taro.showToast({ title: reply.error.message, icon: 'none' });
    setFollowing(true);
    const credits = (consent && (await reportReminders(consent))) ?? reply.data.credits;
    setReminders(`已关注。${remindersText(credits)}`);
  }

  async function topUp() {
    const credits = await requestReminders();
    if (credits) setReminders(remindersText(credits));
  }

  // The share card opens this parcel for the friend, by number only (services/share.ts).
  useShareAppMessage(() => (answer?.parcel ? shareOf(answer.parcel) : { title: '包裹管家：查快递', path: '/pages/index/index' }));

  async function shareLink(parcel: Parcel) {
    if (await copyShareLink(shareOf(parcel).path)) void Taro.showToast({ title: '链接已复制，发给朋友就能查看', icon: 'none' });
  }

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  if (shown.kind === 'loading') return <View className="result__state muted">正在查询…</View>;
  if (shown.kind === 'tail')
    return (
      <View className="result">
        <View className="result__intro muted">单号 {waybillNo}</View>
        <PhoneTailPrompt
          carrier={shown.carrier}
          error={shown.error}
          busy={busy}
          onSubmit={(phoneTail) => void load({ carrier: shown.carrier, phoneTail })}
        />
      </View>
    );
  if (shown.kind === 'error')
    return (
      <EmptyState tone="error" testId="result-error" title={shown.error.message} action={{ text: '重试', onClick: () => void load() }} />
    );
  const { parcel, notice, candidates } = shown.answer;
  if (!parcel)
    return (
      <View className="result">
        <View className="result__intro muted">单号 {waybillNo}</View>
        <CarrierPicker candidates={candidates} onPick={(picked) => void load({ carrier: picked })} />
      </View>
    );

  const info = carrierInfo(parcel.carrier);
  const advice = adviceFor(parcel);
  return (
    <View className="result">
      {notice && (
        <View className="result__notice" data-testid="result-notice">
          {notice.message}，以下是上次查到的物流信息
        </View>
      )}
      <StatusHeader parcel={parcel} onCopy={() => void Taro.setClipboardData({ data: parcel.waybillNo })} />
      {parcel.events.length > 0 && <ProgressSteps parcel={parcel} />}
      {parcel.status === 'AWAITING_PICKUP' && parcel.pickup && <PickupCard pickup={parcel.pickup} />}
      {advice && <AdviceCard advice={advice} />}
      <View className="result__actions card">
        {!following && (
          <Button type="primary" block icon={<Notice />} data-testid="follow" onClick={() => void follow(parcel)}>
            关注包裹，有进展提醒我
          </Button>
        )}
        {following && !reminders && (
          <View className="result__following" data-testid="following">
            <Text>已关注</Text>
            <Text className="result__topup tap" onClick={() => void topUp()}>
              {fromNotification ? '继续接收这个包裹的提醒' : '开启更多提醒'}
            </Text>
          </View>
        )}
        {reminders && (
          <View className="result__following" data-testid="reminders">
            <Text>{reminders}</Text>
            <Text className="result__topup tap" onClick={() => void Taro.navigateTo({ url: '/pages/parcels/index' })}>
              我的包裹
            </Text>
          </View>
        )}
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className="result__share" fill="outline" block icon={<Share />} openType="share">
            分享给朋友
          </Button>
        ) : (
          <Button
            className="result__share"
            fill="outline"
            block
            icon={<Share />}
            data-testid="share"
            onClick={() => void shareLink(parcel)}
          >
            分享给朋友
          </Button>
        )}
      </View>
      <InterceptEntry parcel={parcel} />
      <CourierCard courier={parcel.courier} carrierName={parcel.carrierName} hotline={parcel.carrierPhone ?? info?.hotline ?? null} />
      {parcel.events.length ? (
        <Timeline events={parcel.events} />
      ) : (
        <View className="card muted" data-testid="no-trace">
          <Text>暂无物流信息。快递公司可能还没揽收，或刚揽收还没上传。关注后有进展会提醒你。</Text>
        </View>
      )}
      <ComplaintEntry waybillNo={parcel.waybillNo} carrier={parcel.carrier} />
    </View>
  );
}
