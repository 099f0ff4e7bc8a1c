/**
 * The NutUI components the app uses, as plain DOM for component tests in jsdom: what they show
 * and the taps they take, not how NutUI draws them (the built weapp and the browser journeys run
 * the real ones).
 */
import type { PropsWithChildren, ReactNode } from 'react';

type ButtonProps = PropsWithChildren<{
  className?: string;
  icon?: ReactNode;
  disabled?: boolean;
  loading?: boolean;
  onClick?: () => void;
  'data-testid'?: string;
}>;

/** NutUI never puts `disabled` on the element (it adds a class): a disabled or loading button only ignores taps. */
export function Button({ children, icon, disabled, loading, onClick, className, ...rest }: ButtonProps) {
  const off = disabled || loading;
  return (
    <button
      type="button"
      className={`nut-button ${off ? 'nut-button-disabled' : ''} ${className ?? ''}`}
      data-testid={rest['data-testid']}
      onClick={off ? undefined : onClick}
    >
      {icon}
      {children}
    </button>
  );
}

export function Steps({ children }: PropsWithChildren<{ value?: number }>) {
  return <div className="nut-steps">{children}</div>;
}

export function Step({ title, className }: { title: ReactNode; value?: number; className?: string }) {
  return <div className={`nut-step ${className ?? ''}`}>{title}</div>;
}

export function Empty({ title, description, children }: PropsWithChildren<{ title?: ReactNode; description?: ReactNode }>) {
  return (
    <div className="nut-empty">
      <div>{title}</div>
      {description ? <div>{description}</div> : null}
      {children}
    </div>
  );
}
