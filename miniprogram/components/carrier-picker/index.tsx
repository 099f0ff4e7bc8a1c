import { Text, View } from '@tarojs/components';
import type { CarrierCandidate } from '../../../types';
import { CARRIERS, KNOWN_CARRIERS } from '../../../types/carriers';
import './index.css';

interface Props {
  candidates: CarrierCandidate[];
  onPick: (carrier: string) => void;
}

/** The user settles the carrier: the plausible ones first, every carrier on request. */
export default function CarrierPicker({ candidates, onPick }: Props) {
  const shown = candidates.length
    ? candidates.map((c) => ({ code: c.carrier, name: c.name }))
    : KNOWN_CARRIERS.map((code) => ({ code, name: CARRIERS[code].name }));
  return (
    <View className="carrier-picker card" data-testid="carrier-picker">
      <View className="carrier-picker__title">
        {candidates.length ? '这个单号可能属于以下快递，请选择' : '没认出这个单号，请选择快递公司'}
      </View>
      <View className="carrier-picker__list">
        {shown.map((c) => (
          <Text key={c.code} className="carrier-picker__item tap" onClick={() => onPick(c.code)}>
            {c.name}
          </Text>
        ))}
      </View>
    </View>
  );
}
