import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import { carrierInfo } from '../../../types/carriers';
import './index.css';

interface Props {
  /** The carrier that asks, when known: its name goes in the question. */
  carrier?: string | null;
  /** Why it asks again (a wrong tail), shown under the box. */
  error?: string | null;
  busy?: boolean;
  onSubmit: (phoneTail: string) => void;
}

/** SF and ZTO ask for the last four digits of the sender's or receiver's phone before they show a parcel. */
export default function PhoneTailPrompt({ carrier, error, busy = false, onSubmit }: Props) {
  const [tail, setTail] = useState('');
  const valid = /^\d{4}$/.test(tail);
  const name = (carrier && carrierInfo(carrier)?.name) || '该快递';
  return (
    <View className="phone-tail card" data-testid="phone-tail">
      <View className="phone-tail__title">{name}需要验证收件人或寄件人手机号后四位</View>
      <Input
        className="phone-tail__input"
        type="number"
        maxlength={4}
        placeholder="手机号后四位"
        value={tail}
        onInput={(e) => setTail(e.detail.value.replace(/\D/g, ''))}
        onConfirm={() => valid && onSubmit(tail)}
      />
      {error && (
        <View className="phone-tail__error warn" data-testid="phone-tail-error">
          {error}
        </View>
      )}
      {/* Taro H5 styles any [disabled] attribute, "false" included: render it only when truly disabled. */}
      <Button className="btn-primary" disabled={!valid || busy || undefined} loading={busy} onClick={() => valid && onSubmit(tail)}>
        验证并查询
      </Button>
    </View>
  );
}
