import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import './index.css';

interface Props {
  message: string;
  onSubmit: (phoneTail: string) => void;
}

/** SF and ZTO ask for the last four digits of the sender's or receiver's phone. */
export default function PhoneTailPrompt({ message, onSubmit }: Props) {
  const [tail, setTail] = useState('');
  const valid = /^\d{4}$/.test(tail);
  return (
    <View className="phone-tail card" data-testid="phone-tail">
      <View className="phone-tail__title">{message}</View>
      <Input
        className="phone-tail__input"
        type="number"
        maxlength={4}
        placeholder="手机号后四位"
        value={tail}
        onInput={(e) => setTail(e.detail.value.replace(/\D/g, ''))}
      />
      <Button className="btn-primary" disabled={!valid} onClick={() => valid && onSubmit(tail)}>
        验证并查询
      </Button>
    </View>
  );
}
