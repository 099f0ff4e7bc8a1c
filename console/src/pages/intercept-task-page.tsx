import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Loading, MessagePlugin, Space, Tag, Textarea } from 'tdesign-react';
import { carrierInfo } from '../../../types/carriers';
import { ApiError, call } from '../api';
import { addressText, INTERCEPT_STATE_LABELS, INTERCEPT_TYPE_LABELS, paidAt, timeText, yuan } from '../labels';
import { go } from '../route';
import { useEscapeTo } from '../use-keys';
import type { InterceptTask } from './intercepts-page';

type Outcome = 'SUCCEEDED' | 'FAILED';
const DONE: Record<Outcome, string> = { SUCCEEDED: '已记录拦截成功，用户会收到通知', FAILED: '已记录拦截失败，费用会自动全额退回' };

/** One intercept task: what to ask the carrier for, then what the carrier did. Esc goes back to the list. */
export function InterceptTaskPage({ id }: { id: string }) {
  const [task, setTask] = useState<InterceptTask | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [fullAddress, setFullAddress] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  // There is no single-task call: the queue holds every task still waiting (at most a hundred).
  const load = useCallback(async () => {
    try {
      setTask((await call('staffInterceptQueue', { limit: 100 })).items.find((t) => t.id === id) ?? null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '拦截任务加载失败');
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  useEscapeTo('#/intercepts');

  async function resolve(outcome: Outcome) {
    if (outcome === 'FAILED' && !note.trim()) return void MessagePlugin.warning('请写明失败原因，用户会看到');
    setBusy(true);
    try {
      await call('staffResolveIntercept', { id, outcome, note });
      void MessagePlugin.success(DONE[outcome]);
      go('#/intercepts');
    } catch (err) {
      void MessagePlugin.error(err instanceof ApiError ? err.message : '操作失败，请重试');
    } finally {
      setBusy(false);
    }
  }

  if (error) return <Alert theme="error" message={error} />;
  if (task === undefined) return <Loading text="正在打开拦截任务…" />;
  const back = (
    <Button variant="text" onClick={() => go('#/intercepts')}>
      ← 返回拦截任务（Esc）
    </Button>
  );
  if (task === null)
    return (
      <article>
        {back}
        <Alert theme="info" message="这个拦截任务已经处理完，或不在等待处理的任务里。" />
      </article>
    );

  return (
    <article aria-labelledby="intercept-title" className="case">
      <Space align="center" breakLine>
        {back}
        <h2 id="intercept-title">
          {INTERCEPT_TYPE_LABELS[task.type]} · {task.waybillNo}
        </h2>
        <Tag theme="warning" variant="light" data-testid="intercept-state">
          {INTERCEPT_STATE_LABELS[task.state]}
        </Tag>
      </Space>
      <Card title="用户的申请" bordered>
        <Descriptions
          bordered
          column={2}
          items={[
            { label: '快递', content: `${task.carrierName} ${task.waybillNo}` },
            { label: '类型', content: INTERCEPT_TYPE_LABELS[task.type] },
            { label: '费用', content: `${yuan(task.feeFen)}（失败全额退款）` },
            { label: '支付时间', content: timeText(paidAt(task.history)) },
            { label: '快递公司客服', content: carrierInfo(task.carrier)?.hotline ?? '—' },
            { label: '申请时间', content: timeText(task.createdAt) },
            {
              label: '新地址',
              span: 2,
              content: task.newAddress ? (
                <Space align="center" breakLine>
                  <span data-testid="intercept-address">{addressText(task.newAddress, fullAddress)}</span>
                  <Button variant="text" theme="primary" onClick={() => setFullAddress(!fullAddress)}>
                    {fullAddress ? '隐藏' : '显示完整地址（仅用于告知快递公司）'}
                  </Button>
                </Space>
              ) : (
                '不改地址'
              ),
            },
          ]}
        />
      </Card>
      <Card title="处理记录" bordered>
        <ol className="log" aria-label="处理记录">
          {task.history.map((h, i) => (
            <li key={i}>
              {timeText(h.at)} {h.note}
            </li>
          ))}
        </ol>
      </Card>
      <Card title="快递公司的处理结果" bordered>
        <label htmlFor="intercept-note" className="field-label">
          备注（用户会看到；拦截失败时必填）
        </label>
        <Textarea
          id="intercept-note"
          value={note}
          onChange={(v) => setNote(String(v))}
          placeholder="如：已联系网点改派 / 快递员已出发派送，无法拦截"
          maxlength={200}
        />
        <Space className="intercept-actions">
          <Button theme="primary" loading={busy} onClick={() => void resolve('SUCCEEDED')} data-testid="intercept-succeeded">
            已拦截成功
          </Button>
          <Button theme="danger" variant="outline" loading={busy} onClick={() => void resolve('FAILED')} data-testid="intercept-failed">
            拦截失败
          </Button>
        </Space>
      </Card>
    </article>
  );
}
