import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Scan } from '@nutui/icons-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import type { CarrierCandidate } from '../../../types';
import CarrierPicker from '../../components/carrier-picker';
import GlanceCard from '../../components/glance-card';
import PhoneTailPrompt from '../../components/phone-tail-prompt';
import RecentList from '../../components/recent-list';
import { clipboardOffer } from '../../services/clipboard';
import { beijingDay, lastAskedDay, rememberAsked, shouldAskForMore } from '../../services/credits-ask';
import { glance, unreadCount, type Glance } from '../../services/follow';
import { scanWaybill } from '../../services/scan';
import { MODAL_COLOURS, requestReminders } from '../../services/subscribe';
import { checkWaybillNo, lookupParcel, recentSearches, tidyInput, type LookupInput, type RecentSearch } from '../../services/tracking';
import './index.css';

type Step =
  { kind: 'input' } | { kind: 'pick'; candidates: CarrierCandidate[] } | { kind: 'tail'; carrier: string | null; error: string | null };

const resultUrl = (no: string, carrier: string) => `/pages/result/index?no=${no}&carrier=${carrier}`;

export default function Home() {
  const [waybillNo, setWaybillNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<RecentSearch[]>([]);
  const [unread, setUnread] = useState(0);
  const [mine, setMine] = useState<Glance | null>(null);

  useDidShow(() => {
    setRecent(recentSearches());
    void unreadCount().then(setUnread);
    void glance().then(setMine);
    // Coming to the front with a waybill number copied elsewhere: offer it, look nothing up unasked.
    void clipboardOffer().then((no) => {
      if (no) void offerClipboard(no);
    });
  });

  async function search(input: LookupInput) {
    const checked = checkWaybillNo(input.waybillNo);
    if (!checked.ok) return setError(checked.message);
    setWaybillNo(checked.waybillNo);
    setBusy(true);
    setError(null);
    const result = await lookupParcel({ ...input, waybillNo: checked.waybillNo });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'NEEDS_PHONE_TAIL')
        return setStep({ kind: 'tail', carrier: input.carrier ?? null, error: result.error.message });
      setStep({ kind: 'input' });
      return setError(result.error.message);
    }
    const { parcel, candidates, needsPhoneTail } = result.data;
    if (needsPhoneTail) return setStep({ kind: 'tail', carrier: needsPhoneTail, error: null });
    if (!parcel) return setStep({ kind: 'pick', candidates });
    setStep({ kind: 'input' });
    void Taro.navigateTo({ url: resultUrl(parcel.waybillNo, parcel.carrier) });
  }

  const onChange = (value: string) => {
    setWaybillNo(value);
    setStep({ kind: 'input' });
    const checked = checkWaybillNo(value);
    // The one length rule, said as soon as it is broken; other problems wait for 查询.
    setError(!checked.ok && value.length > 0 && checked.message.includes('最长') ? checked.message : null);
  };

  async function scan() {
    const scanned = await scanWaybill();
    if (scanned.kind === 'cancelled') return;
    if (scanned.kind === 'unreadable') return setError('没有识别到条码，请对准面单上的条码重拍，或手动输入单号');
    onChange(scanned.waybillNo);
    await search({ waybillNo: scanned.waybillNo });
  }

  /** Opening 我的包裹 is a natural moment to ask for more reminders, when the parcels on their way need them (once a day at most). */
  async function openParcels() {
    const today = beijingDay(Date.now());
    if (mine && shouldAskForMore({ credits: mine.credits, moving: mine.inTransit, lastAskedDay: lastAskedDay(), today })) {
      rememberAsked(today);
      await requestReminders();
    }
    void Taro.navigateTo({ url: '/pages/parcels/index' });
  }

  /** 快递100's prompt, in the platform's own dialog (native in WeChat, and nothing added to the main package). */
  async function offerClipboard(no: string) {
    const { confirm } = await Taro.showModal({
      title: '检测到快递单号',
      content: `${no}，查询？`,
      confirmText: '查询',
      cancelText: '不用了',
      ...MODAL_COLOURS,
    });
    if (!confirm) return;
    onChange(no);
    await search({ waybillNo: no });
  }

  return (
    <View className="home">
      <View className="home__search card">
        <View className="home__title">查快递</View>
        <View className="home__box">
          <Input
            className="home__input"
            placeholder="输入或粘贴快递单号"
            value={waybillNo}
            maxlength={-1}
            confirmType="search"
            onInput={(e) => onChange(tidyInput(waybillNo, e.detail.value))}
            onConfirm={() => void search({ waybillNo })}
          />
          <Button className="home__scan" fill="none" icon={<Scan size={22} />} disabled={busy} onClick={() => void scan()}>
            扫一扫
          </Button>
        </View>
        {error && (
          <Text className="home__error" data-testid="lookup-error">
            {error}
          </Text>
        )}
        <Button className="home__submit" type="primary" block size="large" loading={busy} onClick={() => void search({ waybillNo })}>
          查询
        </Button>
      </View>

      {step.kind === 'pick' && <CarrierPicker candidates={step.candidates} onPick={(carrier) => void search({ waybillNo, carrier })} />}
      {step.kind === 'tail' && (
        <PhoneTailPrompt
          carrier={step.carrier}
          error={step.error}
          busy={busy}
          onSubmit={(phoneTail) => void search({ waybillNo, carrier: step.carrier ?? undefined, phoneTail })}
        />
      )}

      <GlanceCard glance={mine} unread={unread} onOpenParcels={() => void openParcels()} />

      <RecentList items={recent} onOpen={(r) => void Taro.navigateTo({ url: resultUrl(r.waybillNo, r.carrier) })} />
    </View>
  );
}
