import { BEIJING_OFFSET_MINUTES } from '../../../types/time';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { SubscribeTemplates } from '../../../config/subscribe-templates';
import { backoffDelayMs } from '../../domain/backoff';
import { fitKeyword, keywordType } from '../../domain/follow/keyword-limits';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import { NotifierError, type Notifier, type SubscriptionMessage } from '../../ports/notifier';
import { createConsentLedger, refundCredit } from './consent-ledger';
import { MESSAGES, OUTBOX, parcelPage, type MessageRecord, type OutboxRecord, type PushState } from './notify-followers';

dayjs.extend(utc);

/** WeChat errcodes that retrying cannot fix (docs/reference/wechat.md §1.6). */
const PERMANENT = new Set([40003, 40037, 41030, 47003]);
const NO_CREDIT = 43101;
export const MAX_ATTEMPTS = 6;
export const RETRY_BACKOFF = { baseMs: 30_000, maxMs: 60 * 60_000 } as const;
/** A claimed entry is retried by another run if its sender vanished for this long. */
const CLAIM_MS = 2 * 60_000;

/** The template's keyword data: each value fitted to its keyword type, so 47003 cannot come from our lengths. */
export function templateData(keywords: Record<string, string>, values: OutboxRecord['values']): SubscriptionMessage['data'] {
  const raw: Record<string, string> = {
    waybillNo: values.waybillNo,
    carrierName: values.carrierName,
    status: values.status,
    time: dayjs(values.time).utcOffset(BEIJING_OFFSET_MINUTES).format('YYYY年M月D日 HH:mm'),
    detail: values.detail,
    remark: values.remark || '无备注',
  };
  return Object.fromEntries(
    Object.entries(keywords).map(([keyword, field]) => {
      const type = keywordType(keyword);
      return [keyword, { value: type ? fitKeyword(type, raw[field]) : raw[field] }];
    }),
  );
}

export interface OutboxDeps {
  store: DocStore;
  clock: Clock;
  log: Logger;
  notifier: Notifier;
  templates: SubscribeTemplates;
}

/** Delivers queued notifications: claims each so overlapping runs never send one twice, retries transient failures with backoff. */
export function createOutboxSender({ store, clock, log, notifier, templates }: OutboxDeps) {
  const ledger = createConsentLedger(store);

  /** The outbox entry and the message it came from say the same thing, whatever happens in between. */
  async function finish(
    entry: OutboxRecord & { _id: string },
    state: OutboxRecord['state'],
    push: PushState,
    lastError: string | null,
    alsoInside?: (tx: DocStore) => Promise<void>,
  ) {
    await store.transaction(async (tx) => {
      await tx.update<OutboxRecord>(OUTBOX, entry._id, { state, lastError, finishedAtMs: clock.now() });
      await tx.update<MessageRecord>(MESSAGES, entry.messageId, { push, pushed: push === 'SENT' });
      if (alsoInside) await alsoInside(tx);
    });
  }

  async function deliver(entry: OutboxRecord & { _id: string; _v: number }): Promise<'sent' | 'failed' | 'retry'> {
    const now = clock.now();
    const claimed = await store.update<OutboxRecord>(
      OUTBOX,
      entry._id,
      { state: 'SENDING', nextAttemptAtMs: now + CLAIM_MS, attempts: entry.attempts + 1 },
      { ifVersion: entry._v },
    );
    if (!claimed) return 'retry'; // another run has it
    const template = templates[entry.template];
    try {
      await notifier.send({
        openid: entry.openid,
        templateId: template.templateId,
        page: entry.page ?? `${parcelPage(...(entry.parcelId.split(':') as [string, string]))}&from=notify`,
        data: templateData(template.keywords, entry.values),
      });
      await finish(entry, 'SENT', 'SENT', null);
      return 'sent';
    } catch (err) {
      const code = err instanceof NotifierError ? err.errCode : -1;
      const detail = (err as Error).message;
      if (code === NO_CREDIT) {
        // The user had no credit left at WeChat (or turned the template off): the ledger follows WeChat.
        await ledger.clear(entry.openid, entry.template);
        await finish(entry, 'NO_CREDIT', 'NO_CREDIT', detail);
        return 'failed';
      }
      if (PERMANENT.has(code) || claimed.attempts >= MAX_ATTEMPTS) {
        log.error({ code, detail, outbox: entry._id }, 'subscription message failed for good');
        // WeChat did not use the credit: it comes back with the failure, never twice, never lost.
        await finish(entry, 'FAILED', 'FAILED', detail, (tx) => refundCredit(tx, entry.openid, entry.template));
        return 'failed';
      }
      await store.update<OutboxRecord>(OUTBOX, entry._id, {
        state: 'PENDING',
        nextAttemptAtMs: clock.now() + backoffDelayMs(claimed.attempts - 1, RETRY_BACKOFF),
        lastError: detail,
      });
      return 'retry';
    }
  }

  return async function sendDue(limit = 100): Promise<{ sent: number; failed: number; retried: number }> {
    const due = await store.find<OutboxRecord>(OUTBOX, {
      where: { state: { in: ['PENDING', 'SENDING'] }, nextAttemptAtMs: { lte: clock.now() } },
      orderBy: [{ field: 'nextAttemptAtMs', direction: 'asc' }],
      limit,
    });
    const tally = { sent: 0, failed: 0, retried: 0 };
    for (const entry of due) {
      const outcome = await deliver(entry);
      if (outcome === 'sent') tally.sent += 1;
      else if (outcome === 'failed') tally.failed += 1;
      else tally.retried += 1;
    }
    return tally;
  };
}
