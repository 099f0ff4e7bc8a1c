import { Tag } from 'tdesign-react';
import { useNow } from '../use-now';

const MINUTE = 60_000;

/** Time left as staff weigh it: days and hours when far, hours and minutes when near. */
export function remainingText(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / (24 * 60 * MINUTE));
  const hours = Math.floor((abs % (24 * 60 * MINUTE)) / (60 * MINUTE));
  const minutes = Math.floor((abs % (60 * MINUTE)) / MINUTE);
  const text = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${minutes} 分` : `${minutes} 分钟`;
  return ms >= 0 ? `剩 ${text}` : `已超时 ${text}`;
}

/** A live SLA countdown to `dueAt`, red once past, orange within four hours. */
export function Countdown({ dueAt, label }: { dueAt: string | null; label?: string }) {
  const now = useNow();
  if (!dueAt) return <Tag variant="outline">无待办时限</Tag>;
  const left = Date.parse(dueAt) - now;
  const theme = left < 0 ? 'danger' : left < 4 * 60 * MINUTE ? 'warning' : 'success';
  return (
    <Tag theme={theme} variant="light" data-testid="countdown">
      {label ? `${label}：` : ''}
      {remainingText(left)}
    </Tag>
  );
}
