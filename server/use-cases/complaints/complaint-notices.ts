import type { SlaKind } from '../../../types/complaints';
import { toChinaText } from '../../domain/complaints/china-time';
import type { ComplaintRecord } from '../../domain/complaints/complaint-record';
import type { DocStore } from '../../ports/doc-store';
import { notifyUser } from '../notifications/notify-user';

/**
 * The mini program page of a case, which notifications and the message centre open. The
 * complaint pages come with the complaint form (a subpackage): keep this path in step with them.
 */
export const complaintPage = (id: string) => `pages/complaint/detail/index?id=${id}`;

/** A staff message or resolution as the notification shows it: short enough for a glance. */
const excerpt = (text: string, max = 60) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

type Notice = { key: string; title: string; body: string; phrase: string };

async function tell(tx: DocStore, r: ComplaintRecord, notice: Notice, nowMs: number): Promise<void> {
  await notifyUser(
    tx,
    {
      openid: r.owner,
      key: `complaint:${r.id}:${notice.key}`,
      kind: 'COMPLAINT',
      carrier: r.carrier ?? '',
      waybillNo: r.waybillNo,
      title: notice.title,
      body: notice.body,
      phrase: notice.phrase,
      page: complaintPage(r.id),
      atMs: nowMs,
    },
    nowMs,
  );
}

export const tellStaffReply = (tx: DocStore, r: ComplaintRecord, messageId: string, text: string, nowMs: number) =>
  tell(tx, r, { key: `reply:${messageId}`, title: '客服回复了您的投诉', body: excerpt(text), phrase: '已回复' }, nowMs);

export const tellResolution = (tx: DocStore, r: ComplaintRecord, text: string, nowMs: number) =>
  tell(
    tx,
    r,
    {
      key: `resolution:${nowMs}`,
      title: '您的投诉有了处理结果',
      body: `${excerpt(text, 50)}。请确认是否接受，不接受可以继续申诉`,
      phrase: '待确认',
    },
    nowMs,
  );

const MISSED: Record<SlaKind, string> = { FIRST_RESPONSE: '答复您的投诉', RESOLUTION: '给出处理结果' };

export const tellBreach = (tx: DocStore, r: ComplaintRecord, kind: SlaKind, dueAtMs: number, appealFromMs: number, nowMs: number) =>
  tell(
    tx,
    r,
    {
      key: `breach:${kind}`,
      title: kind === 'FIRST_RESPONSE' ? '投诉没有按时得到答复' : '投诉没有按时处理完',
      body:
        `快递公司没有在 ${toChinaText(dueAtMs)} 前${MISSED[kind]}，已交主管督办。` +
        (kind === 'RESOLUTION' ? `${toChinaText(appealFromMs)} 起仍未解决，可以向 12305 申诉。` : ''),
      phrase: '已督办',
    },
    nowMs,
  );

export const tellAppealReminder = (tx: DocStore, r: ComplaintRecord, nowMs: number) =>
  r.appeal
    ? tell(
        tx,
        r,
        {
          key: `appeal-reminder:${r.appeal.caseNo}`,
          title: '12305 答复期限快到了',
          body: `申诉 ${r.appeal.caseNo} 应在 ${toChinaText(r.appeal.answerDueMs)} 前得到答复；还没有消息的话，可以拨打 12305 询问。`,
          phrase: '待答复',
        },
        nowMs,
      )
    : Promise.resolve();
