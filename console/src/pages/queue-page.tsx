import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Select, Space, Tag, type PrimaryTableCol } from 'tdesign-react';
import type { ComplaintState, ComplaintType, Tier } from '../../../types/complaints';
import type { StaffResponse } from '../../../types/staff';
import { ApiError, call, type Session } from '../api';
import { Countdown } from '../components/countdown';
import { COMPLAINT_STATE_LABELS, COMPLAINT_TYPE_LABELS, STATE_THEMES, TIER_LABELS, TIER_THEMES, timeText } from '../labels';
import { WorkList } from '../components/work-list';
import { go } from '../route';
import { setServerNow } from '../use-now';

type Item = StaffResponse<'staffQueue'>['items'][number];
type Filters = { state?: ComplaintState; tier?: Tier; type?: ComplaintType; assignee?: string };

const options = <K extends string | number>(labels: Record<K, string>) =>
  (Object.entries(labels) as [string, string][]).map(([value, label]) => ({ value: /^\d+$/.test(value) ? Number(value) : value, label }));

const columns: PrimaryTableCol<Item>[] = [
  {
    colKey: 'nextDue',
    title: '时限',
    width: 190,
    cell: ({ row }) => (
      <Space size="small">
        <Countdown
          dueAt={row.nextDue?.at ?? null}
          label={row.nextDue?.kind === 'FIRST_RESPONSE' ? '首次答复' : row.nextDue ? '处理完结' : undefined}
        />
        {row.breached && (
          <Tag theme="danger" variant="light">
            已超时
          </Tag>
        )}
      </Space>
    ),
  },
  {
    colKey: 'tier',
    title: '级别',
    width: 80,
    cell: ({ row }) => (
      <Tag theme={TIER_THEMES[row.tier]} variant="light">
        {TIER_LABELS[row.tier]}
      </Tag>
    ),
  },
  { colKey: 'type', title: '类型', width: 150, cell: ({ row }) => COMPLAINT_TYPE_LABELS[row.type] },
  { colKey: 'waybillNo', title: '快递单号', cell: ({ row }) => `${row.carrierName ?? '未识别快递公司'} ${row.waybillNo}` },
  {
    colKey: 'state',
    title: '状态',
    width: 130,
    cell: ({ row }) => (
      <Tag theme={STATE_THEMES[row.state]} variant="light">
        {COMPLAINT_STATE_LABELS[row.state]}
      </Tag>
    ),
  },
  { colKey: 'assignee', title: '处理人', width: 110, cell: ({ row }) => row.assignee ?? '未分配' },
  { colKey: 'filedAt', title: '提交时间', width: 120, cell: ({ row }) => timeText(row.filedAt) },
];

const openCase = (item: Item) => go(`#/case/${encodeURIComponent(item.id)}`);

/** The queue, most urgent first (by the nearest open SLA deadline); ↑/↓ or j/k choose a row, Enter opens it, R refreshes. */
export function QueuePage({ breachedOnly, session }: { breachedOnly: boolean; session: Session }) {
  const [filters, setFilters] = useState<Filters>({});
  const [items, setItems] = useState<Item[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const answer = await call('staffQueue', { ...filters, breachedOnly, limit: 200 });
      setServerNow(answer.now);
      setItems(answer.items);
      setTotal(answer.total);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '队列加载失败');
    } finally {
      setLoading(false);
    }
  }, [filters, breachedOnly]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);

  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">
        {breachedOnly ? '超时升级' : '投诉队列'}（{total}）
      </h2>
      <Space className="filters" breakLine>
        <Select
          aria-label="状态"
          placeholder="全部未完结"
          clearable
          value={filters.state}
          options={options(COMPLAINT_STATE_LABELS)}
          onChange={(v) => set({ state: (v || undefined) as ComplaintState })}
          style={{ width: 160 }}
        />
        <Select
          aria-label="级别"
          placeholder="全部级别"
          clearable
          value={filters.tier}
          options={options(TIER_LABELS)}
          onChange={(v) => set({ tier: (v || undefined) as Tier })}
          style={{ width: 120 }}
        />
        <Select
          aria-label="类型"
          placeholder="全部类型"
          clearable
          value={filters.type}
          options={options(COMPLAINT_TYPE_LABELS)}
          onChange={(v) => set({ type: (v || undefined) as ComplaintType })}
          style={{ width: 200 }}
        />
        <Select
          aria-label="处理人"
          placeholder="全部处理人"
          clearable
          value={filters.assignee}
          options={[
            { value: 'ME', label: `我（${session.username}）` },
            { value: 'UNASSIGNED', label: '未分配' },
          ]}
          onChange={(v) => set({ assignee: (v || undefined) as string })}
          style={{ width: 160 }}
        />
        <Button variant="outline" onClick={() => void load()}>
          刷新（R）
        </Button>
      </Space>
      {error && <Alert theme="error" message={error} />}
      <p className="hint">↑/↓ 选择，Enter 打开，按剩余时限排序：最急的在最上面。</p>
      <WorkList
        items={items}
        columns={columns}
        loading={loading}
        empty="没有需要处理的投诉"
        rowTestId="queue-row"
        open={openCase}
        refresh={() => void load()}
      />
    </section>
  );
}
