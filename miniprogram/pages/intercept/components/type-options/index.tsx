import { Text, View } from '@tarojs/components';
import type { InterceptOption, InterceptType } from '../../../../../types';
import { yuanText } from '../../../../services/intercepts';
import './index.css';

/** The three things a person can ask for, in their words. */
const WHAT: Record<InterceptType, { title: string; detail: string }> = {
  RETURN: { title: '退回寄件人', detail: '包裹原路退回给寄件人' },
  REDIRECT: { title: '改址', detail: '改送到新的地址和收件人' },
  HOLD: { title: '网点自提', detail: '包裹留在当地网点，凭单号自取' },
};

export const typeTitle = (type: InterceptType) => WHAT[type].title;

interface Props {
  options: InterceptOption[];
  chosen: InterceptType | null;
  onChoose: (type: InterceptType) => void;
}

/** One choice per type, with its fee (and the surcharge a redirect to another province adds). */
export default function TypeOptions({ options, chosen, onChoose }: Props) {
  return (
    <View className="type-options" role="radiogroup" aria-label="拦截方式">
      {options.map((o) => (
        <View
          key={o.type}
          role="radio"
          aria-checked={chosen === o.type}
          className={`type-options__item tap ${chosen === o.type ? 'type-options__item--on' : ''}`}
          data-testid={`type-${o.type}`}
          onClick={() => onChoose(o.type)}
        >
          <View className="type-options__text">
            <Text className="type-options__title">{WHAT[o.type].title}</Text>
            <Text className="muted">{WHAT[o.type].detail}</Text>
          </View>
          <View className="type-options__fee">
            <Text>{yuanText(o.feeFen)}</Text>
            {o.crossProvinceSurchargeFen > 0 && <Text className="muted">跨省另加 {yuanText(o.crossProvinceSurchargeFen)}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
