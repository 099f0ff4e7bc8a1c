import { useState } from 'react';
import { Button, Descriptions, Link, MessagePlugin } from 'tdesign-react';
import { ApiError, call } from '../api';
import type { StaffComplaint } from '../../../types/staff';
import { COMPLAINT_TYPE_LABELS, remedyText, timeText, yuan } from '../labels';

/** What the user asked for, and what the rules say they can expect, with the rule named. */
export function CaseFacts({ complaint: c, onRevealed }: { complaint: StaffComplaint; onRevealed: () => void }) {
  const comp = c.compensation;
  const estimate = comp.amountFen !== null ? yuan(comp.amountFen) : '需核实金额';
  return (
    <Descriptions
      bordered
      column={2}
      items={[
        { label: '快递', content: `${c.carrierName ?? '未识别快递公司'} ${c.waybillNo}` },
        { label: '类型', content: COMPLAINT_TYPE_LABELS[c.type] },
        { label: '用户诉求', content: remedyText(c.remedy) },
        { label: '保价', content: c.insured ? `已保价 ${yuan(c.insured.declaredValueFen)}` : '未保价' },
        { label: '联系电话', content: <ContactPhone complaint={c} onRevealed={onRevealed} /> },
        { label: '提交时间', content: timeText(c.filedAt) },
        {
          label: '赔偿参考',
          span: 2,
          content: (
            <div data-testid="compensation">
              <strong>{estimate}</strong>
              {comp.capFen !== null && `（上限 ${yuan(comp.capFen)}）`}
              <div>{comp.explanation}</div>
              <div className="muted">
                依据：
                <Link href={comp.sourceUrl} target="_blank" theme="primary">
                  {comp.rule}
                </Link>
              </div>
            </div>
          ),
        },
        ...(c.appeal
          ? [
              {
                label: '12305 申诉',
                span: 2,
                content: `编号 ${c.appeal.caseNo}，${timeText(c.appeal.recordedAt)} 登记，应于 ${timeText(c.appeal.answerDue)} 前答复`,
              },
            ]
          : []),
        ...(c.resolution
          ? [
              {
                label: '处理结果',
                span: 2,
                content: `${c.resolution.text}（${remedyText(c.resolution.remedy)}）${c.resolution.response ? (c.resolution.response.accept ? ' · 用户已接受' : ` · 用户不接受：${c.resolution.response.reason ?? '未说明'}`) : ' · 等待用户确认'}`,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The user's phone, masked until a staff member asks for it; the case log records who did. */
function ContactPhone({ complaint: c, onRevealed }: { complaint: StaffComplaint; onRevealed: () => void }) {
  const [full, setFull] = useState<string | null>(null);
  const reveal = async () => {
    try {
      setFull((await call('staffRevealContact', { id: c.id })).contactPhone);
      void MessagePlugin.info('已显示完整号码，此操作已记入案件记录');
      onRevealed();
    } catch (err) {
      void MessagePlugin.error(err instanceof ApiError ? err.message : '操作失败，请重试');
    }
  };
  if (full) return <span data-testid="contact-phone">{full}</span>;
  return (
    <span>
      <span data-testid="contact-phone">{c.contactPhone}</span>{' '}
      <Button size="small" variant="text" theme="primary" onClick={() => void reveal()}>
        显示完整号码
      </Button>
    </span>
  );
}
