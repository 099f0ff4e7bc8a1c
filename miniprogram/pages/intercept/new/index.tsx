import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import type { ErrorBody, FunctionResponse, InterceptType } from '../../../../types';
import { carrierInfo } from '../../../../types/carriers';
import EmptyState from '../../../components/empty-state';
import { checkIntercept, requestIntercept, yuanText } from '../../../services/intercepts';
import { pay } from '../../../services/pay';
import { askReminders, reportReminders } from '../../../services/subscribe';
import { rememberedTail } from '../../../services/tracking';
import AddressForm from '../components/address-form';
import { checkAddress, EMPTY_ADDRESS, visibleErrors, type AddressDraft } from '../components/address-form/validate';
import ChanceCard from '../components/chance-card';
import TypeOptions, { typeTitle } from '../components/type-options';
import WayOut from '../components/way-out';
import './index.css';

type Check = FunctionResponse<'checkIntercept'>;

/** Ask for an intercept: can it still work, which kind and for how much, the new address, proof of right, then pay. */
export default function NewIntercept() {
  const { params } = useRouter();
  const waybillNo = params.no ?? '';
  const carrier = params.carrier || undefined;
  const carrierName = (carrier && carrierInfo(carrier)?.name) || '快递公司';
  const [check, setCheck] = useState<Check | ErrorBody | null>(null);
  const [type, setType] = useState<InterceptType | null>(null);
  const [address, setAddress] = useState<AddressDraft>(EMPTY_ADDRESS);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tail, setTail] = useState(rememberedTail(waybillNo) ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const reply = await checkIntercept({ waybillNo, carrier, phoneTail: rememberedTail(waybillNo) });
    setCheck(reply.ok ? reply.data : reply.error);
  };
  useEffect(() => void load(), []); // eslint-disable-line react-hooks/exhaustive-deps

  if (!check) return <View className="intercept-new__state muted">正在确认能否拦截…</View>;
  if ('code' in check) return <EmptyState tone="error" title={check.message} action={{ text: '重试', onClick: () => void load() }} />;
  if (check.eligibility === 'REFUSED')
    return (
      <View className="intercept-new">
        <View className="intercept-new__parcel muted">
          {carrierName} {waybillNo}
        </View>
        <WayOut reason={check.reason} carrierName={carrierName} {...(check.wayOut ?? { courierPhone: null, carrierHotline: null })} />
      </View>
    );

  const addressCheck = checkAddress(address);
  const addressErrors = addressCheck.ok ? {} : visibleErrors(addressCheck.errors, touched, submitted);
  const tailError = (submitted || touched.has('tail')) && !/^\d{4}$/.test(tail) ? '请输入 4 位数字' : null;
  const option = check.options.find((o) => o.type === type);
  // Known only once the server compares the new province with where the parcel is.
  const surcharge = type === 'REDIRECT' && option ? option.crossProvinceSurchargeFen : 0;
  const touch = (field: string) => setTouched((t) => new Set(t).add(field));

  async function submit() {
    setSubmitted(true);
    setRefusal(null);
    if (!type || !option) return setRefusal('请选择拦截方式');
    if (tailError || !/^\d{4}$/.test(tail)) return;
    if (type === 'REDIRECT' && !addressCheck.ok) return;
    // Reminders of how it goes: WeChat asks only from a tap, so here, before the pay sheet.
    const consent = await askReminders(['service']);
    if (consent) await reportReminders(consent);
    setBusy(true);
    const newAddress = type === 'REDIRECT' && addressCheck.ok ? addressCheck.address : undefined;
    const reply = await requestIntercept({ waybillNo, carrier, type, phoneTail: tail, newAddress });
    if (!reply.ok) {
      setBusy(false);
      return setRefusal(reply.error.message);
    }
    const { intercept, payment } = reply.data;
    const description = `${typeTitle(type)} · ${intercept.carrierName} ${waybillNo}`;
    const outcome = await pay({ outTradeNo: intercept.outTradeNo, feeFen: intercept.feeFen, description, payment });
    setBusy(false);
    // The progress page asks the server what happened (query-on-return); the outcome only words the wait.
    void Taro.redirectTo({ url: `/pages/intercept/detail/index?id=${encodeURIComponent(intercept.id)}&paid=${outcome}` });
  }

  return (
    <View className="intercept-new">
      <View className="intercept-new__parcel muted">
        {carrierName} {waybillNo}
      </View>
      <ChanceCard check={check} />
      <View className="card">
        <View className="intercept-new__title">选择拦截方式</View>
        <TypeOptions options={check.options} chosen={type} onChoose={setType} />
      </View>
      {type === 'REDIRECT' && (
        <View className="card">
          <View className="intercept-new__title">新的收件地址</View>
          <AddressForm value={address} errors={addressErrors} onChange={setAddress} onTouch={touch} />
        </View>
      )}
      <View className="card">
        <View className="intercept-new__title">验证身份</View>
        <View className="muted">为防止他人拦截你的包裹，请输入寄件人或收件人手机号后四位</View>
        <Input
          className="intercept-new__tail"
          aria-label="手机号后四位"
          data-testid="intercept-tail"
          type="number"
          maxlength={4}
          placeholder="手机号后四位"
          value={tail}
          onInput={(e) => setTail(e.detail.value.replace(/\D/g, ''))}
          onBlur={() => touch('tail')}
        />
        {tailError && <View className="warn intercept-new__error">{tailError}</View>}
      </View>
      <View className="card intercept-new__promise" data-testid="refund-policy">
        <Text className="intercept-new__title">拦截不成功怎么办</Text>
        <Text>{check.refundPolicy}</Text>
      </View>
      {refusal && (
        <View className="warn intercept-new__refusal" data-testid="intercept-refusal">
          {refusal}
        </View>
      )}
      <View className="intercept-new__pay">
        {surcharge > 0 && (
          <View className="muted intercept-new__surcharge">
            改址费 {yuanText(option!.feeFen)}，新地址在外省另加 {yuanText(surcharge)}，实付金额以支付页为准
          </View>
        )}
        <Button type="primary" block loading={busy} data-testid="intercept-submit" onClick={() => void submit()}>
          {option && !surcharge ? `确认并支付 ${yuanText(option.feeFen)}` : '确认并去支付'}
        </Button>
      </View>
    </View>
  );
}
