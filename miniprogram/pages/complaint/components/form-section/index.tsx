import type { ReactNode } from 'react';
import { Input, View } from '@tarojs/components';
import '../../complaint.css';
import './index.css';

interface Props {
  title: string;
  /** The form field this section holds: names the note for tests and screen readers alike. */
  field: string;
  /** What the field still needs, shown right under it once the user tried to submit. */
  problem?: string;
  children: ReactNode;
}

/** One question of the complaint form, with what is missing said in place. */
export default function FormSection({ title, field, problem, children }: Props) {
  return (
    <View className="card">
      <View className="form-section__title">{title}</View>
      {children}
      {problem && (
        <View className="form-section__problem" data-testid={`missing-${field}`}>
          {problem}
        </View>
      )}
    </View>
  );
}

/** A sum in 元, as typed (converted to fen on filing). */
export function MoneyInput({ value, placeholder, onChange }: { value: string; placeholder: string; onChange: (v: string) => void }) {
  return (
    <Input
      className="complaint-box form-section__money"
      type="digit"
      value={value}
      placeholder={placeholder}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
