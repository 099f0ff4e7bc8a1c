import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Tag, type PrimaryTableCol } from 'tdesign-react';
import type { StaffResponse } from '../../../types/staff';
import { ApiError, call } from '../api';
import { addressText, INTERCEPT_STATE_LABELS, INTERCEPT_TYPE_LABELS, paidAt, timeText, yuan } from '../labels';
import { InterceptAlerts, type InterceptAlert } from '../components/intercept-alerts';
import { WorkList } from '../components/work-list';
import { go } from '../route';

export type InterceptTask = StaffResponse<'staffInterceptQueue'>['items'][number];

const columns: PrimaryTableCol<InterceptTask>[] = [
  { colKey: 'waitingSince', title: '等待自', width: 120, cell: ({ row }) => timeText(row.waitingSince) },
  {
    colKey: 'type',
    title: '类型',
    width: 100,
    cell: ({ row }) => (
      <Tag theme={row.type === 'REDIRECT' ? 'warning' : 'primary'} variant="light">
        {INTERCEPT_TYPE_LABELS[row.type]}
      </Tag>
    ),
  },
  { colKey: 'waybillNo', title: '快递单号', width: 220, cell: ({ row }) => `${row.carrierName} ${row.waybillNo}` },
  { colKey: 'newAddress', title: '新地址', cell: ({ row }) => addressText(row.newAddress) },
  { colKey: 'feeFen', title: '费用', width: 90, cell: ({ row }) => yuan(row.feeFen) },
  { colKey: 'paidAt', title: '支付时间', width: 120, cell: ({ row }) => timeText(paidAt(row.history)) },
  { colKey: 'state', title: '状态', width: 100, cell: ({ row }) => INTERCEPT_STATE_LABELS[row.state] },
];

const openTask = (task: InterceptTask) => go(`#/intercept/${encodeURIComponent(task.id)}`);

/** Paid intercepts no carrier API executes, oldest first: ↑/↓ or j/k choose, Enter opens, R refreshes. */
export function InterceptsPage() {
  const [items, setItems] = useState<InterceptTask[]>([]);
  const [alerts, setAlerts] = useState<InterceptAlert[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [queue, flagged] = await Promise.all([
        call('staffInterceptQueue', { limit: 100 }),
        call('staffInterceptAlerts', { limit: 20 }),
      ]);
      setItems(queue.items);
      setAlerts(flagged.items);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '拦截任务加载失败');
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <section aria-labelledby="intercepts-title">
      <h2 id="intercepts-title">拦截任务（{items.length}）</h2>
      <Button variant="outline" onClick={() => void load()}>
        刷新（R）
      </Button>
      {error && <Alert theme="error" message={error} />}
      <p className="hint">用户已付费、需要人工联系快递公司的拦截和改址，先付先办。↑/↓ 选择，Enter 打开。</p>
      <WorkList
        items={items}
        columns={columns}
        loading={loading}
        empty="没有等待处理的拦截任务"
        rowTestId="intercept-row"
        open={openTask}
        refresh={() => void load()}
      />
      <InterceptAlerts items={alerts} />
    </section>
  );
}
