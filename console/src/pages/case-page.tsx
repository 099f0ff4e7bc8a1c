import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Loading, Row, Space, Tag } from 'tdesign-react';
import type { StaffComplaint, StaffResponse } from '../../../types/staff';
import { ApiError, call, type Session } from '../api';
import { CaseAdmin, ReplyBox, ResolveForm } from '../components/case-actions';
import { CaseFacts } from '../components/case-facts';
import { Countdown } from '../components/countdown';
import { EvidenceViewer } from '../components/evidence-viewer';
import { ParcelTimeline } from '../components/parcel-timeline';
import { ACTION_LABELS, COMPLAINT_STATE_LABELS, COMPLAINT_TYPE_LABELS, STATE_THEMES, TIER_LABELS, TIER_THEMES, timeText } from '../labels';
import { go } from '../route';
import { useEscapeTo } from '../use-keys';

type CaseAnswer = StaffResponse<'staffGetCase'>;

/** One case: the user's facts and thread, the evidence, the parcel's journey, the log; reply, resolve, assign, tier. Esc goes back. */
export function CasePage({ id, session }: { id: string; session: Session }) {
  const [answer, setAnswer] = useState<CaseAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setAnswer(await call('staffGetCase', { id }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '案件加载失败');
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  useEscapeTo('#/queue');

  if (error) return <Alert theme="error" message={error} />;
  if (!answer) return <Loading text="正在打开案件…" />;
  const c = answer.complaint;
  // A change comes back as the case; the log and parcel are read again.
  const onChanged = (_updated: StaffComplaint) => void load();
  const open = c.state !== 'CLOSED';
  const pending = c.resolution ? null : c.deadlines.firstRespondedAt ? c.deadlines.resolutionDue : c.deadlines.firstResponseDue;

  return (
    <article aria-labelledby="case-title" className="case">
      <Space align="center" breakLine>
        <Button variant="text" onClick={() => go('#/queue')}>
          ← 返回队列（Esc）
        </Button>
        <h2 id="case-title">
          {COMPLAINT_TYPE_LABELS[c.type]}投诉 · {c.waybillNo}
        </h2>
        <Tag theme={STATE_THEMES[c.state]} variant="light" data-testid="case-state">
          {COMPLAINT_STATE_LABELS[c.state]}
        </Tag>
        <Tag theme={TIER_THEMES[c.tier]} variant="light">
          {TIER_LABELS[c.tier]}
        </Tag>
        {open && <Countdown dueAt={pending} label={c.deadlines.firstRespondedAt ? '处理完结' : '首次答复'} />}
        {c.breaches.length > 0 && (
          <Tag theme="danger" variant="light">
            已超时，主管督办
          </Tag>
        )}
        <span className="muted">处理人：{c.assignee ?? '未分配'}</span>
      </Space>
      <Row gutter={16}>
        <Col span={7}>
          <Card title="投诉信息" bordered>
            <CaseFacts complaint={c} onRevealed={() => void load()} />
          </Card>
          <Card title="对话" bordered>
            <ol className="thread" aria-label="对话" data-testid="thread">
              {c.messages.map((m) => (
                <li key={m.id} className={m.from === 'STAFF' ? 'msg staff' : 'msg user'}>
                  <div className="msg-who">
                    {m.from === 'STAFF' ? '客服' : '用户'} · {timeText(m.at)}
                  </div>
                  <div>{m.text}</div>
                </li>
              ))}
            </ol>
            {open && <ReplyBox complaint={c} session={session} onChanged={onChanged} />}
          </Card>
          {open && (
            <Card title="处理" bordered>
              <ResolveForm complaint={c} session={session} onChanged={onChanged} />
              <CaseAdmin complaint={c} session={session} onChanged={onChanged} />
            </Card>
          )}
        </Col>
        <Col span={5}>
          <Card title="证据" bordered>
            <EvidenceViewer evidence={c.evidence} />
          </Card>
          <Card title="物流轨迹" bordered>
            <ParcelTimeline parcel={answer.parcel} />
          </Card>
          <Card title="案件记录（防篡改）" bordered>
            <ol className="log" aria-label="案件记录">
              {answer.log.map((e) => (
                <li key={e.seq}>
                  {timeText(e.at)} {ACTION_LABELS[e.action] ?? e.action}
                  <span className="hash" title={e.hash}>
                    {' '}
                    #{e.hash.slice(0, 8)}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
    </article>
  );
}
