import { interceptPage, type InterceptState } from '../../../types/intercepts';
import { transition, type InterceptEvent, type TransitionResult } from '../../domain/intercepts/intercept-machine';
import { STATE_LABEL, TYPE_LABEL } from '../../domain/intercepts/intercept-notes';
import { nextCheckAtMs, OUTCOME_DUE_MS } from '../../domain/intercepts/watch-rules';
import type { DocStore } from '../../ports/doc-store';
import { notifyUser, type UserNotice } from '../notifications/notify-user';
import { INTERCEPT_STATS, INTERCEPTS, type InterceptRecord, type StoredIntercept } from './intercept.repository';

export interface Applied {
  record: StoredIntercept;
  result: TransitionResult;
}

/** Another writer changed the intercept between our read and our write: the caller runs the transaction again. */
export class StaleIntercept extends Error {
  constructor(id: string) {
    super(`intercept ${id} changed meanwhile`);
    this.name = 'StaleIntercept';
  }
}

export interface ApplyOptions {
  /** Fields the event brings along (the channel of a submission, who resolved it). */
  patch?: Partial<InterceptRecord>;
  /** The caller will not run the effects (it has no payment port): the watch timer is asked to, at once. */
  deferEffects?: boolean;
}

/**
 * Inside a transaction: one event on one intercept. The machine decides; an applied transition
 * appends its history line, tells the user (message centre, service notification with a credit),
 * raises a staff alert and counts finished outcomes, all with the same commit. Effects that need
 * the outside world (WeChat Pay, the carrier) are returned for the caller to run after the commit.
 * Only document operations (云开发 transactions allow no queries).
 */
export async function applyInTx(tx: DocStore, id: string, event: InterceptEvent, nowMs: number, options: ApplyOptions = {}) {
  const record = await tx.get<InterceptRecord>(INTERCEPTS, id);
  if (!record) return null;
  const result = transition(record.machine, event);
  if (result.outcome !== 'APPLIED') return { record, result };

  const patch = nextPatch(record, result, event, nowMs, options);
  const saved = await tx.update<InterceptRecord>(INTERCEPTS, id, patch, { ifVersion: record._v });
  if (!saved) throw new StaleIntercept(id);
  await countOutcome(tx, record.carrier, record.state, saved.state);
  if (result.effects.some((e) => e.type === 'NOTIFY_USER')) await notifyUser(tx, notice(saved, nowMs), nowMs);
  return { record: saved, result };
}

function nextPatch(
  record: StoredIntercept,
  result: Extract<TransitionResult, { outcome: 'APPLIED' }>,
  event: InterceptEvent,
  nowMs: number,
  options: ApplyOptions,
): Partial<InterceptRecord> {
  const { machine } = result;
  const entered = (state: InterceptState) => machine.state === state && record.state !== state;
  const submittedAtMs = entered('SUBMITTED') ? nowMs : record.submittedAtMs;
  const alert = result.effects.find((e) => e.type === 'ALERT_STAFF');
  const timing = {
    payDeadlineMs: record.payDeadlineMs,
    outcomeDueAtMs: submittedAtMs === null ? null : submittedAtMs + OUTCOME_DUE_MS,
    succeededAtMs: entered('SUCCEEDED') ? nowMs : machine.state === 'SUCCEEDED' ? record.succeededAtMs : null,
  };
  const owesWork = result.effects.some((e) => e.type !== 'NOTIFY_USER' && e.type !== 'ALERT_STAFF');
  const next = nextCheckAtMs({ machine, nowMs, ...timing });
  return {
    ...options.patch,
    ...timing,
    machine,
    state: machine.state,
    history: result.note ? [...record.history, { state: machine.state, atMs: nowMs, note: result.note }] : record.history,
    submittedAtMs,
    channel: event.type === 'SUBMITTED' ? event.channel : record.channel,
    staffAlert: alert?.type === 'ALERT_STAFF' ? alert.reason : record.staffAlert,
    nextCheckAtMs: owesWork && options.deferEffects ? nowMs : next,
    // A nudge that changed nothing a user sees leaves the time of the last change alone.
    updatedAtMs: result.note || machine.state !== record.state ? nowMs : record.updatedAtMs,
  };
}

/** Outcomes per carrier, for the likelihood of later intercepts: a success overturned by the timeline counts as a failure. */
async function countOutcome(tx: DocStore, carrier: string, from: InterceptState, to: InterceptState): Promise<void> {
  if (from === to) return;
  if (to === 'SUCCEEDED') await tx.increment(INTERCEPT_STATS, carrier, 'succeeded', 1);
  if (to !== 'FAILED') return;
  if (from === 'SUCCEEDED') await tx.increment(INTERCEPT_STATS, carrier, 'succeeded', -1);
  await tx.increment(INTERCEPT_STATS, carrier, 'failed', 1);
}

/** What the user hears about a transition: the history line just written, under the new state's name. */
function notice(r: StoredIntercept, nowMs: number): UserNotice {
  const line = r.history[r.history.length - 1];
  return {
    openid: r.openid,
    // One notice per history line: a replayed transaction finds it and stores nothing twice.
    key: `intercept:${r._id}:${r.history.length}`,
    kind: 'INTERCEPT',
    carrier: r.carrier,
    waybillNo: r.waybillNo,
    title: `${TYPE_LABEL[r.type]}：${STATE_LABEL[r.state]}`,
    body: line?.note ?? STATE_LABEL[r.state],
    phrase: STATE_LABEL[r.state],
    page: interceptPage(r._id),
    atMs: nowMs,
  };
}
