import { AppError } from '../../domain/app-error';
import type { InterceptEffect, InterceptEvent, TransitionResult } from '../../domain/intercepts/intercept-machine';
import type { DocStore } from '../../ports/doc-store';
import { applyInTx, StaleIntercept, type Applied, type ApplyOptions } from './apply-transition';
import { createEffectRunner, type EffectDeps } from './intercept-effects';
import { INTERCEPTS, type InterceptRecord, type StoredIntercept } from './intercept.repository';

export interface InterceptEngineDeps extends EffectDeps {
  store: DocStore;
}

export interface Outcome {
  outcome: TransitionResult['outcome'];
  record: StoredIntercept;
}

const ATTEMPTS = 3;
/** One event can lead to another (a refund closed → sent again): never more than this many in a row. */
const MAX_CHAIN = 6;

/**
 * The one way an intercept changes: an event applied in a transaction (history, notice, alert),
 * then the effects it asks for run outside it, each answer fed back as the next event. Whatever
 * is not done here (WeChat Pay down, no payment port in this runtime) the watch timer redoes.
 */
export function createInterceptEngine(deps: InterceptEngineDeps) {
  const run = createEffectRunner(deps);

  async function transact<R>(work: (tx: DocStore) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await deps.store.transaction(work);
      } catch (err) {
        if (!(err instanceof StaleIntercept)) throw err;
        if (attempt >= ATTEMPTS) throw new AppError('CONFLICT');
      }
    }
  }

  /** Runs what a transition asked for, feeding each answer back in; returns the intercept as it ends up. */
  async function settle(record: StoredIntercept, effects: InterceptEffect[], depth = 0): Promise<StoredIntercept> {
    let current = record;
    for (const effect of effects) {
      const next = await run(current, effect);
      if (!next) continue;
      if (depth >= MAX_CHAIN) {
        deps.log.error({ intercept: record._id, event: next.type }, 'intercept effects keep chaining; left to the watch timer');
        break;
      }
      current = (await apply(current._id, next, {}, depth + 1))?.record ?? current;
    }
    return current;
  }

  /** Applies one event and runs its effects: how the machine took it, and the intercept as it ends up; null when there is no such intercept. */
  async function apply(id: string, event: InterceptEvent, options: ApplyOptions = {}, depth = 0): Promise<Outcome | null> {
    const applied: Applied | null = await transact((tx) => applyInTx(tx, id, event, deps.clock.now(), options));
    if (!applied) return null;
    const { outcome } = applied.result;
    if (outcome !== 'APPLIED') return { outcome, record: applied.record };
    alertStaff(applied);
    return { outcome, record: await settle(applied.record, applied.result.effects, depth) };
  }

  function alertStaff({ record, result }: Applied): void {
    for (const e of result.effects)
      if (e.type === 'ALERT_STAFF') deps.log.warn({ intercept: record._id, reason: e.reason }, 'intercept needs staff');
  }

  return {
    apply,
    settle,
    /** For callers that apply inside their own transaction (a notification claimed in the same commit). */
    transact,
    alertStaff,
    get: (id: string) => deps.store.get<InterceptRecord>(INTERCEPTS, id),
  };
}

export type InterceptEngine = ReturnType<typeof createInterceptEngine>;
