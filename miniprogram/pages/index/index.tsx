import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { CarrierCandidate } from '../../../types';
import CarrierPicker from '../../components/carrier-picker';
import PhoneTailPrompt from '../../components/phone-tail-prompt';
import { unreadCount } from '../../services/follow';
import { scanWaybill } from '../../services/scan';
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

  useDidShow(() => {
    setRecent(recentSearches());
    void unreadCount().then(setUnread);
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

  return (
    <View className="home">
      <View className="home__search card">
        <View className="home__title">查快递</View>
        <Input
          className="home__input"
          placeholder="输入或粘贴快递单号"
          value={waybillNo}
          maxlength={-1}
          confirmType="search"
          onInput={(e) => onChange(tidyInput(waybillNo, e.detail.value))}
          onConfirm={() => void search({ waybillNo })}
        />
        {error && (
          <Text className="home__error warn" data-testid="lookup-error">
            {error}
          </Text>
        )}
        <View className="home__actions">
          {/* Taro H5 styles any [disabled] attribute, "false" included: render it only when truly disabled. */}
          <Button className="btn-plain home__scan" disabled={busy || undefined} onClick={() => void scan()}>
            扫一扫
          </Button>
          <Button
            className="btn-primary home__submit"
            loading={busy}
            disabled={busy || undefined}
            onClick={() => void search({ waybillNo })}
          >
            查询
          </Button>
        </View>
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

      <View className="home__nav card">
        <Text className="home__link tap" onClick={() => void Taro.navigateTo({ url: '/pages/parcels/index' })}>
          我的包裹
        </Text>
        <Text className="home__link tap" data-testid="nav-messages" onClick={() => void Taro.navigateTo({ url: '/pages/messages/index' })}>
          消息
          {unread > 0 && (
            <Text className="home__badge" data-testid="unread-badge">
              {unread > 99 ? '99+' : unread}
            </Text>
          )}
        </Text>
        {process.env.TARO_ENV === 'h5' && (
          <Text className="home__link tap" onClick={() => void Taro.navigateTo({ url: '/pages/inbox/index' })}>
            服务通知
          </Text>
        )}
      </View>

      {recent.length > 0 && (
        <View className="home__recent card">
          <View className="muted">最近查询</View>
          {recent.map((r) => (
            <View
              key={r.waybillNo}
              className="home__recent-item"
              data-testid="recent-item"
              onClick={() => void Taro.navigateTo({ url: resultUrl(r.waybillNo, r.carrier) })}
            >
              <Text>{r.carrierName}</Text>
              <Text className="muted">{r.waybillNo}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
