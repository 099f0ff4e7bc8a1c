import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button, Empty } from '@nutui/nutui-react-taro';
import { Order, Tips } from '@nutui/icons-react-taro';
import './index.css';

interface Props {
  title: string;
  description?: string;
  /** 'error' when something failed (a network or server problem), else an empty list. */
  tone?: 'empty' | 'error';
  action?: { text: string; primary?: boolean; onClick: () => void };
  testId?: string;
  children?: ReactNode;
}

/**
 * NutUI's empty state with our own icon: its default pictures are remote images, which a page
 * must not depend on (offline, and local mode has no network at all).
 */
export default function EmptyState({ title, description, tone = 'empty', action, testId, children }: Props) {
  const Icon = tone === 'error' ? Tips : Order;
  return (
    <View data-testid={testId}>
      <Empty
        className={`empty-state empty-state--${tone}`}
        image={<Icon size={48} />}
        imageSize={64}
        title={title}
        description={description ?? ''}
      >
        {action && (
          <Button
            className="empty-state__action"
            type="primary"
            fill={action.primary === false ? 'outline' : undefined}
            onClick={action.onClick}
          >
            {action.text}
          </Button>
        )}
        {children}
      </Empty>
    </View>
  );
}
