import { Text, View } from '@tarojs/components';
import './index.css';

interface Props<K extends string> {
  options: readonly { key: K; label: string }[];
  value: K | null;
  onChange: (key: K) => void;
  testId?: string;
}

/** One choice out of a few, all visible at once: faster than a picker for eleven short labels. */
export default function ChoiceChips<K extends string>({ options, value, onChange, testId }: Props<K>) {
  return (
    <View className="choice-chips" data-testid={testId}>
      {options.map((o) => (
        <Text
          key={o.key}
          className={`choice-chips__chip tap ${value === o.key ? 'choice-chips__chip--on' : ''}`}
          data-testid={`${testId ?? 'chip'}-${o.key}`}
          onClick={() => onChange(o.key)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  );
}
