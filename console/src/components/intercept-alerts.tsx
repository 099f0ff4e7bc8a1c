import { Table, type PrimaryTableCol } from 'tdesign-react';
import type { StaffResponse } from '../../../types/staff';
import { INTERCEPT_STATE_LABELS, INTERCEPT_TYPE_LABELS, STAFF_ALERT_LABELS, timeText } from '../labels';

export type InterceptAlert = StaffResponse<'staffInterceptAlerts'>['items'][number];

const columns: PrimaryTableCol<InterceptAlert>[] = [
  { colKey: 'updatedAt', title: '时间', width: 120, cell: ({ row }) => timeText(row.updatedAt) },
  { colKey: 'waybillNo', title: '快递单号', width: 220, cell: ({ row }) => `${row.carrierName} ${row.waybillNo}` },
  { colKey: 'type', title: '类型', width: 90, cell: ({ row }) => INTERCEPT_TYPE_LABELS[row.type] },
  { colKey: 'alert', title: '需要留意', cell: ({ row }) => STAFF_ALERT_LABELS[row.alert] },
  { colKey: 'state', title: '状态', width: 90, cell: ({ row }) => INTERCEPT_STATE_LABELS[row.state] },
  { colKey: 'resolvedBy', title: '记录结果的客服', width: 130, cell: ({ row }) => row.resolvedBy ?? '—' },
];

/** What the machine handed back to people: a success the timeline overturned, an overdue outcome, a refund gone wrong. */
export function InterceptAlerts({ items }: { items: InterceptAlert[] }) {
  return (
    <section aria-labelledby="intercept-alerts-title" className="intercept-alerts">
      <h2 id="intercept-alerts-title">需要留意（{items.length}）</h2>
      <Table
        rowKey="id"
        data={items}
        columns={columns}
        empty="没有需要留意的拦截"
        rowAttributes={({ row }) => ({ 'data-testid': 'intercept-alert', 'data-id': row.id })}
      />
    </section>
  );
}
