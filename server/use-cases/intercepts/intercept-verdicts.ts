import type { InterceptType } from '../../../types/intercepts';
import type { TrackingEvent } from '../../../types/tracking';
import type { InterceptEvent } from '../../domain/intercepts/intercept-machine';
import { trackingVerdict } from '../../domain/intercepts/tracking-verdict-rules';
import { canonicalCity } from '../../domain/tracking/cities';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import type { ParcelObserver } from '../tracking/track-parcel';
import { applyInTx, StaleIntercept } from './apply-transition';
import { createInterceptRepository, type InterceptRecord } from './intercept.repository';

/** What the timeline shows when it bears an intercept out. */
const CONFIRMED: Record<InterceptType, string> = {
  RETURN: '物流显示包裹已在退回途中',
  REDIRECT: '物流显示包裹已按新地址派送',
  HOLD: '物流显示包裹已留在网点待取',
};

/** The outcome the parcel's timeline shows for an intercept, as an event; null while it says nothing decisive. */
export function verdictEvent(r: InterceptRecord, events: TrackingEvent[]): InterceptEvent | null {
  if (r.submittedAtMs === null) return null;
  const newCity = r.newAddress ? canonicalCity(r.newAddress.city) : null;
  switch (trackingVerdict({ type: r.type, submittedAtMs: r.submittedAtMs, newCity, events })) {
    case 'CONFIRMS':
      return { type: 'OUTCOME', result: 'SUCCEEDED', source: 'TRACKING', note: CONFIRMED[r.type] };
    case 'CONTRADICTS':
      return { type: 'OUTCOME', result: 'FAILED', source: 'TRACKING' };
    case 'UNDECIDED':
      return null;
  }
}

export const WATCHED_STATES = ['SUBMITTED', 'ACCEPTED', 'SUCCEEDED'] as const;

/**
 * Intercepts' part of recording a trace: the timeline confirms or contradicts the outcome of the
 * parcel's open intercepts, in the transaction that stores the trace. Tracking does not know about
 * intercepts; the delivery layer hands this observer to the tracker. Refunds it causes are left to
 * the watch timer (this runs in every function that records traces, most without a payment port).
 */
export function createInterceptVerdicts(store: DocStore, log: Logger): ParcelObserver<{ id: string; event: InterceptEvent }[]> {
  const intercepts = createInterceptRepository(store);
  return {
    async prepare(change) {
      if (!change.next.events.length) return [];
      const open = await intercepts.ofParcel(change.id, [...WATCHED_STATES]);
      return open.flatMap((r) => {
        const event = verdictEvent(r, change.next.events);
        return event ? [{ id: r._id, event }] : [];
      });
    },
    async onRecorded(tx, change, verdicts) {
      for (const { id, event } of verdicts) {
        try {
          const applied = await applyInTx(tx, id, event, change.nowMs, { deferEffects: true });
          if (applied?.result.outcome !== 'APPLIED') continue;
          const alert = applied.result.effects.find((e) => e.type === 'ALERT_STAFF');
          if (alert) log.warn({ intercept: id, reason: alert.reason }, 'intercept needs staff');
          else log.info({ intercept: id, state: applied.record.state }, 'timeline decided an intercept');
        } catch (err) {
          // Someone changed it meanwhile: the watch timer reads the timeline again.
          if (!(err instanceof StaleIntercept)) throw err;
        }
      }
    },
  };
}
