import { parcelIdOf, type MessageKind } from '../../../types';
import { DuplicateIdError, type DocStore } from '../../ports/doc-store';
import { creditCount, spendCredit } from '../follow/consent-ledger';
import { MESSAGES, OUTBOX, type MessageRecord, type OutboxRecord } from '../follow/notify-followers';

/** One thing to tell one user about their own complaint or intercept. */
export interface UserNotice {
  openid: string;
  /** Unique per user and event (e.g. `complaint:<id>:reply:3`): the same notice twice is stored and sent once. */
  key: string;
  kind: Exclude<MessageKind, 'PARCEL'>;
  carrier: string;
  waybillNo: string;
  /** The message centre's title and text. */
  title: string;
  body: string;
  /** The service template's 状态 keyword: at most five 汉字, no punctuation (WeChat's phrase type). */
  phrase: string;
  /** The mini program page it opens, e.g. `pages/complaint/detail/index?id=…`. */
  page: string;
  atMs: number;
}

/**
 * Inside the transaction that changes the case: a message in the user's message centre, and a
 * WeChat service notification (the `service` template) when the user has a credit for it — never
 * without one. Sent by the same outbox as parcel milestones (retries, WeChat error codes).
 */
export async function notifyUser(tx: DocStore, notice: UserNotice, nowMs: number): Promise<'QUEUED' | 'NO_CREDIT' | 'ALREADY'> {
  const id = `${notice.openid}:${notice.key}`;
  if (await tx.get(MESSAGES, id)) return 'ALREADY';
  const credit = await creditCount(tx, notice.openid, 'service');
  const push = credit.count > 0 && (await spendCredit(tx, notice.openid, 'service', credit));
  const parcelId = parcelIdOf(notice.carrier, notice.waybillNo);
  try {
    await tx.insert<MessageRecord>(MESSAGES, {
      _id: id,
      openid: notice.openid,
      kind: notice.kind,
      parcelId,
      carrier: notice.carrier,
      waybillNo: notice.waybillNo,
      milestone: null,
      link: notice.page,
      title: notice.title,
      body: notice.body,
      eventAtMs: notice.atMs,
      createdAtMs: nowMs,
      read: false,
      pushed: false,
      push: push ? 'QUEUED' : 'NO_CREDIT',
    });
  } catch (err) {
    if (err instanceof DuplicateIdError) return 'ALREADY';
    throw err;
  }
  if (!push) return 'NO_CREDIT';
  await tx.insert<OutboxRecord>(OUTBOX, {
    _id: id,
    openid: notice.openid,
    parcelId,
    messageId: id,
    page: notice.page,
    template: 'service',
    values: { waybillNo: notice.waybillNo, carrierName: '', status: notice.phrase, time: notice.atMs, detail: notice.body, remark: '' },
    state: 'PENDING',
    attempts: 0,
    nextAttemptAtMs: nowMs,
    createdAtMs: nowMs,
    lastError: null,
  });
  return 'QUEUED';
}
