import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { CarrierCandidate } from '../../../types';
import CarrierPicker from '../../components/carrier-picker';
import PhoneTailPrompt from '../../components/phone-tail-prompt';
import { scanWaybill } from '../../services/scan';
import { lookupParcel, recentSearches, type LookupInput, type RecentSearch } from '../../services/tracking';
import './index.css';

type Step = { kind: 'input' } | { kind: 'pick'; candidates: CarrierCandidate[] } | { kind: 'tail'; carrier?: string; message: string };

export default function Home() {
  const [waybillNo, setWaybillNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<RecentSearch[]>([]);

  useDidShow(() => setRecent(recentSearches()));

  async function search(input: LookupInput) {
    setBusy(true);
    setError(null);
    const result = await lookupParcel(input);
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'NEEDS_PHONE_TAIL') return setStep({ kind: 'tail', carrier: input.carrier, message: result.error.message });
      setStep({ kind: 'input' });
      return setError(result.error.message);
    }
    const { parcel, candidates } = result.data;
    if (!parcel) return setStep({ kind: 'pick', candidates });
    setStep({ kind: 'input' });
    void Taro.navigateTo({ url: `/pages/result/index?no=${parcel.waybillNo}&carrier=${parcel.carrier}` });
  }

  const onChange = (value: string) => {
    setWaybillNo(value);
    setError(null);
    setStep({ kind: 'input' });
  };

  async function scan() {
    const scanned = await scanWaybill();
    if (!scanned) return setError('没有识别到条码，请对准面单上的条码重拍，或手动输入单号');
    onChange(scanned);
    await search({ waybillNo: scanned });
  }

  return (
    <View className="home">
      <View className="home__search card">
        <View className="home__title">查快递</View>
        <Input
          className="home__input"
          placeholder="输入或粘贴快递单号"
          value={waybillNo}
          maxlength={40}
          confirmType="search"
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={() => void search({ waybillNo })}
        />
        {error && (
          <Text className="home__error warn" data-testid="lookup-error">
            {error}
          </Text>
        )}
        <View className="home__actions">
          <Button className="btn-plain home__scan" disabled={busy} onClick={() => void scan()}>
            扫一扫
          </Button>
          <Button className="btn-primary home__submit" loading={busy} disabled={busy} onClick={() => void search({ waybillNo })}>
            查询
          </Button>
        </View>
      </View>

      {step.kind === 'pick' && <CarrierPicker candidates={step.candidates} onPick={(carrier) => void search({ waybillNo, carrier })} />}
      {step.kind === 'tail' && (
        <PhoneTailPrompt message={step.message} onSubmit={(phoneTail) => void search({ waybillNo, carrier: step.carrier, phoneTail })} />
      )}

      <View className="home__nav card">
        <Text onClick={() => void Taro.navigateTo({ url: '/pages/parcels/index' })}>我的包裹</Text>
        <Text onClick={() => void Taro.navigateTo({ url: '/pages/messages/index' })}>消息</Text>
        {process.env.TARO_ENV === 'h5' && <Text onClick={() => void Taro.navigateTo({ url: '/pages/inbox/index' })}>服务通知</Text>}
      </View>

      {recent.length > 0 && (
        <View className="home__recent card">
          <View className="muted">最近查询</View>
          {recent.map((r) => (
            <View
              key={r.waybillNo}
              className="home__recent-item"
              onClick={() => void Taro.navigateTo({ url: `/pages/result/index?no=${r.waybillNo}&carrier=${r.carrier}` })}
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
