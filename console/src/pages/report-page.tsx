import { useEffect, useState } from 'react';
import { Alert, Card, DateRangePicker, Loading, Space, Statistic, Table } from 'tdesign-react';
import { COMPLAINT_TYPES } from '../../../types/complaints';
import type { StaffResponse } from '../../../types/staff';
import { ApiError, call } from '../api';
import { COMPLAINT_TYPE_LABELS, TIER_LABELS } from '../labels';

type Report = StaffResponse<'staffReport'>;
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** Supervisors: cases by type, carrier and tier, how many deadlines were met, and the breaches, over a period of filing. */
export function ReportPage() {
  const [range, setRange] = useState<string[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const [from, to] = range;
    const body = from && to ? { from: `${from}T00:00:00+08:00`, to: `${to}T23:59:59+08:00` } : {};
    call('staffReport', body).then(setReport, (err: unknown) => setError(err instanceof ApiError ? err.message : '报表加载失败'));
  }, [range]);

  if (error) return <Alert theme="error" message={error} />;
  if (!report) return <Loading text="正在生成报表…" />;
  return (
    <section aria-labelledby="report-title">
      <Space align="center" className="report-head">
        <h2 id="report-title">主管报表</h2>
        <DateRangePicker value={range} onChange={(v) => setRange(v as string[])} clearable placeholder={['开始日期', '结束日期']} />
      </Space>
      <Space size="large" className="stats" breakLine>
        <Statistic title="投诉总数" value={report.total} />
        <Statistic title="首次答复按时率" value={percent(report.slaHitRate.firstResponse) as unknown as number} />
        <Statistic title="处理完结按时率" value={percent(report.slaHitRate.resolution) as unknown as number} />
        <Statistic title="首次答复超时" value={report.breaches.firstResponse} color="red" />
        <Statistic title="处理完结超时" value={report.breaches.resolution} color="red" />
      </Space>
      <Space align="start" breakLine>
        <Card title="按类型" bordered>
          <Table
            rowKey="type"
            data={COMPLAINT_TYPES.map((t) => ({ type: COMPLAINT_TYPE_LABELS[t], count: report.byType[t] ?? 0 }))}
            columns={[
              { colKey: 'type', title: '类型' },
              { colKey: 'count', title: '件数', align: 'right' },
            ]}
            size="small"
          />
        </Card>
        <Card title="按快递公司" bordered>
          <Table
            rowKey="name"
            data={report.byCarrier}
            columns={[
              { colKey: 'name', title: '快递公司' },
              { colKey: 'count', title: '件数', align: 'right' },
            ]}
            size="small"
            empty="暂无"
          />
        </Card>
        <Card title="按级别" bordered>
          <Table
            rowKey="tier"
            data={([1, 2, 3] as const).map((t) => ({ tier: TIER_LABELS[t], count: report.byTier[String(t) as '1' | '2' | '3'] }))}
            columns={[
              { colKey: 'tier', title: '级别' },
              { colKey: 'count', title: '件数', align: 'right' },
            ]}
            size="small"
          />
        </Card>
      </Space>
    </section>
  );
}
