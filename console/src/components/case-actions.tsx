import { useState } from 'react';
import { Button, Input, InputNumber, MessagePlugin, Select, Space, Textarea } from 'tdesign-react';
import { REMEDY_KINDS, TIERS, type RemedyKind, type Tier } from '../../../types/complaints';
import type { StaffComplaint } from '../../../types/staff';
import { ApiError, call, type Session } from '../api';
import { REMEDY_LABELS, TIER_LABELS } from '../labels';

type Props = { complaint: StaffComplaint; session: Session; onChanged: (c: StaffComplaint) => void };

/** Runs one change; shows the server's Chinese refusal when there is one. */
async function attempt(work: () => Promise<{ complaint: StaffComplaint }>, done: string, onChanged: Props['onChanged']) {
  try {
    onChanged((await work()).complaint);
    void MessagePlugin.success(done);
    return true;
  } catch (err) {
    void MessagePlugin.error(err instanceof ApiError ? err.message : '操作失败，请重试');
    return false;
  }
}

/** The reply box: Ctrl+Enter (⌘+Enter) sends. The user gets it in 消息 and, with their consent, a WeChat notice. */
export function ReplyBox({ complaint, onChanged }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!text.trim()) return void MessagePlugin.warning('请先写回复内容');
    if (busy) return;
    setBusy(true);
    if (await attempt(() => call('staffReply', { id: complaint.id, text }), '已回复，用户会收到通知', onChanged)) setText('');
    setBusy(false);
  };
  return (
    <div className="reply">
      <label htmlFor="reply-text" className="field-label">
        回复用户
      </label>
      <Textarea
        id="reply-text"
        value={text}
        onChange={(v) => setText(String(v))}
        placeholder="写给用户的话（Ctrl+Enter 发送）"
        autosize={{ minRows: 3, maxRows: 8 }}
        maxlength={1000}
        onKeydown={(_v, { e }) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
        }}
      />
      <Button theme="primary" loading={busy} onClick={() => void send()} data-testid="send-reply">
        发送回复
      </Button>
    </div>
  );
}

/** The resolution: what was done, and the remedy given; the user accepts it or may appeal to 12305. */
export function ResolveForm({ complaint, onChanged }: Props) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RemedyKind>(complaint.remedy.kind);
  const [amountYuan, setAmountYuan] = useState<number | undefined>(
    complaint.remedy.amountFen ? complaint.remedy.amountFen / 100 : undefined,
  );
  const remedy = kind === 'COMPENSATION' ? { kind, amountFen: Math.round((amountYuan ?? 0) * 100) } : { kind };
  const resolve = () =>
    attempt(() => call('staffResolve', { id: complaint.id, resolution: text, remedy }), '已给出处理结果，等待用户确认', onChanged);
  return (
    <div className="resolve">
      <label htmlFor="resolve-text" className="field-label">
        处理结果
      </label>
      <Textarea id="resolve-text" value={text} onChange={(v) => setText(String(v))} placeholder="核实情况和给用户的处理" maxlength={1000} />
      <Space>
        <Select
          aria-label="处理方式"
          value={kind}
          onChange={(v) => setKind(v as RemedyKind)}
          options={REMEDY_KINDS.map((k) => ({ value: k, label: REMEDY_LABELS[k] }))}
          style={{ width: 120 }}
        />
        {kind === 'COMPENSATION' && (
          <InputNumber
            theme="normal"
            aria-label="赔偿金额（元）"
            value={amountYuan}
            min={0.01}
            decimalPlaces={2}
            suffix="元"
            onChange={(v) => setAmountYuan(Number(v) || undefined)}
          />
        )}
        <Button theme="primary" onClick={() => void resolve()}>
          给出处理结果
        </Button>
      </Space>
    </div>
  );
}

/** Who works on it and how serious it is: agents take or hand back; supervisors assign anyone; tiers need a reason. */
export function CaseAdmin({ complaint, session, onChanged }: Props) {
  const [assignee, setAssignee] = useState('');
  const [tier, setTier] = useState<Tier>(complaint.tier);
  const [reason, setReason] = useState('');
  const assign = (to: string | null) =>
    attempt(() => call('staffAssign', { id: complaint.id, assignee: to }), to ? `已分派给 ${to}` : '已退回公共队列', onChanged);
  const mine = complaint.assignee === session.username;
  return (
    <Space direction="vertical" className="admin">
      <Space>
        {!complaint.assignee && <Button onClick={() => void assign(session.username)}>我来处理</Button>}
        {mine && (
          <Button variant="outline" onClick={() => void assign(null)}>
            退回队列
          </Button>
        )}
        {session.role === 'supervisor' && (
          <>
            <Input
              aria-label="分派给（用户名）"
              placeholder="分派给（用户名）"
              value={assignee}
              onChange={(v) => setAssignee(String(v))}
              style={{ width: 180 }}
            />
            <Button variant="outline" onClick={() => void assign(assignee.trim())}>
              分派
            </Button>
          </>
        )}
      </Space>
      <Space>
        <Select
          aria-label="级别"
          value={tier}
          onChange={(v) => setTier(Number(v) as Tier)}
          options={TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))}
          style={{ width: 100 }}
        />
        <Input aria-label="调整原因" placeholder="调整原因" value={reason} onChange={(v) => setReason(String(v))} style={{ width: 220 }} />
        <Button
          variant="outline"
          onClick={() => void attempt(() => call('staffSetTier', { id: complaint.id, tier, reason }), '级别已调整', onChanged)}
        >
          调整级别
        </Button>
      </Space>
    </Space>
  );
}
