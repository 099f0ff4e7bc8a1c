import { carrierInfo, type MessageKind, type ParcelStatus } from '../../../types';
import type { MilestoneHit } from '../../domain/follow/milestones';
import { templateFor } from '../../domain/follow/milestones';
import { MILESTONE_TEXT } from '../../domain/follow/message-text';
import { AWAITING_KEY_MOMENT, endsWait, shouldPush } from '../../domain/follow/notification-policy';
import { DuplicateIdError, type DocStore } from '../../ports/doc-store';
import type { BindingRecord } from './binding.repository';
import { creditCount, spendCredit } from './consent-ledger';

export const MESSAGES = 'messages';
export const OUTBOX = 'outbox';

export type PushState = 'QUEUED' | 'NO_CREDIT' | 'SENT' | 'FAILED';

export interface MessageRecord {
  openid: string;
  /** Absent on records written before complaints and intercepts: a parcel milestone. */
  kind?: MessageKind;
  parcelId: string;
  carrier: string;
  waybillNo: string;
  milestone: MilestoneHit['milestone'] | null;
  /** The page it opens; absent on parcel milestones, which open the parcel. */
  link?: string;
  title: string;
  body: string;
  eventAtMs: number;
  createdAtMs: number;
  read: boolean;
  pushed: boolean;
  push: PushState;
}

export interface OutboxRecord {
  openid: string;
  parcelId: string;
  messageId: string;
  /** The page the notification opens; absent for parcel milestones (the result page). */
  page?: string;
  template: ReturnType<typeof templateFor>;
  values: { waybillNo: string; carrierName: string; status: string; time: number; detail: string; remark: string };
  state: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'NO_CREDIT';
  attempts: number;
  nextAttemptAtMs: number;
  createdAtMs: number;
  lastError: string | null;
  /** When it was sent, or given up. */
  finishedAtMs?: number;
}

/** A follower of the parcel, with how many of their other parcels still wait for their key moment (read before the transaction). */
export interface FollowerContext {
  binding: BindingRecord;
  othersAwaiting: number;
}

/** The result page of a parcel, as notifications and the message centre open it. */
export const parcelPage = (carrier: string, waybillNo: string) => `pages/result/index?no=${waybillNo}&carrier=${carrier}`;

/** The idempotency key of a notification: one per user, parcel and milestone. */
export const notificationId = (openid: string, parcelId: string, milestone: string) => `${openid}:${parcelId}:${milestone}`;

/**
 * Inside the transaction that stores new events: one message per follower and milestone in the
 * message centre, and an outbox entry when the follower has a credit the policy lets us spend.
 */
export async function notifyFollowers(
  tx: DocStore,
  parcel: { id: string; carrier: string; waybillNo: string; previousStatus: ParcelStatus | null },
  followers: FollowerContext[],
  hits: MilestoneHit[],
  nowMs: number,
): Promise<void> {
  const carrierName = carrierInfo(parcel.carrier)?.name ?? parcel.carrier;
  for (const { binding: follower, othersAwaiting } of followers) {
    let selfAwaiting = parcel.previousStatus === null || AWAITING_KEY_MOMENT.has(parcel.previousStatus);
    for (const hit of hits) {
      const id = notificationId(follower.openid, parcel.id, hit.milestone);
      const awaitingBefore = selfAwaiting;
      if (endsWait(hit.milestone)) selfAwaiting = false;
      if (await tx.get(MESSAGES, id)) continue;
      const template = templateFor(hit.milestone);
      const credit = await creditCount(tx, follower.openid, template);
      const push =
        shouldPush({ milestone: hit.milestone, credits: credit.count, othersAwaiting, selfAwaiting: awaitingBefore }) &&
        (await spendCredit(tx, follower.openid, template, credit));
      const text = MILESTONE_TEXT[hit.milestone];
      const body = hit.event?.text ?? text.title;
      try {
        await tx.insert<MessageRecord>(MESSAGES, {
          _id: id,
          openid: follower.openid,
          parcelId: parcel.id,
          carrier: parcel.carrier,
          waybillNo: parcel.waybillNo,
          milestone: hit.milestone,
          title: text.title,
          body,
          eventAtMs: hit.atMs,
          createdAtMs: nowMs,
          read: false,
          pushed: false,
          push: push ? 'QUEUED' : 'NO_CREDIT',
        });
      } catch (err) {
        if (err instanceof DuplicateIdError) continue;
        throw err;
      }
      if (!push) continue;
      await tx.insert<OutboxRecord>(OUTBOX, {
        _id: id,
        openid: follower.openid,
        parcelId: parcel.id,
        messageId: id,
        template,
        values: { waybillNo: parcel.waybillNo, carrierName, status: text.phrase, time: hit.atMs, detail: body, remark: follower.remark },
        state: 'PENDING',
        attempts: 0,
        nextAttemptAtMs: nowMs,
        createdAtMs: nowMs,
        lastError: null,
      });
    }
  }
}
