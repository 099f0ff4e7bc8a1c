/**
 * Taro components as plain DOM elements for component tests in jsdom. Event payloads follow
 * Taro's shape (`e.detail.value`), so components under test run unchanged.
 */
import { createElement, type PropsWithChildren } from 'react';

type Common = PropsWithChildren<{
  className?: string;
  onClick?: (e: { stopPropagation: () => void }) => void;
  onLongPress?: () => void;
  'data-testid'?: string;
}>;

export function View({ children, onLongPress, ...rest }: Common) {
  return (
    <div {...rest} onContextMenu={onLongPress}>
      {children}
    </div>
  );
}

export function Text({ children, onLongPress: _onLongPress, selectable: _selectable, ...rest }: Common & { selectable?: boolean }) {
  return <span {...rest}>{children}</span>;
}

/**
 * Taro H5 renders <taro-button-core>, a custom element: React writes every prop of a custom
 * element as an attribute, so `disabled={false}` becomes `disabled="false"` — which Taro's
 * `[disabled]` style matches. The mock renders the same, so tests see what the browser sees.
 */
export function Button({
  children,
  disabled,
  loading: _loading,
  size: _size,
  onClick,
  ...rest
}: Common & { disabled?: boolean; loading?: boolean; size?: string }) {
  return createElement('taro-button-core', { ...rest, role: 'button', disabled, onClick: disabled ? undefined : onClick }, children);
}

interface InputProps {
  className?: string;
  value?: string;
  placeholder?: string;
  maxlength?: number;
  type?: string;
  confirmType?: string;
  onInput?: (e: { detail: { value: string } }) => void;
  onConfirm?: () => void;
}

export function Input({ value, placeholder, maxlength, className, onInput, onConfirm }: InputProps) {
  return (
    <input
      className={className}
      value={value}
      placeholder={placeholder}
      maxLength={maxlength}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
      onKeyDown={(e) => e.key === 'Enter' && onConfirm?.()}
    />
  );
}
