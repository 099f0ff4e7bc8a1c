import { appealOpensAt } from '../../domain/complaints/appeal-rules';
import { markAppealReminded, markBreaches } from '../../domain/complaints/complaint-case';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Logger } from '../../ports/logger';
import { changeCase, createComplaintRepository } from './complaint.repository';
import { tellAppealReminder, tellBreach } from './complaint-notices';

export interface SlaWatchDeps {
  store: DocStore;
  clock: Clock;
  log: Logger;
}

/** Cases one run looks at; the rest wait ten minutes for the next run. */
export const SLA_WATCH_BATCH = 200;

/**
 * The SLA timer (every 10 minutes): each missed deadline is marked once on the case, which puts
 * it in the supervisors' 超时 view (escalation), and the user is told; a user whose 12305 appeal
 * is near the end of its 30-day answer window is reminded once. Each case is its own
 * transaction, so one that fails does not hold up the others.
 */
export function createSlaWatch(deps: SlaWatchDeps) {
  const { store, clock, log } = deps;
  const complaints = createComplaintRepository(store);

  return async (): Promise<{ breaches: number; reminders: number; failed: number }> => {
    const totals = { breaches: 0, reminders: 0, failed: 0 };
    for (const due of await complaints.due(clock.now(), SLA_WATCH_BATCH)) {
      try {
        await changeCase(
          store,
          due.id,
          (r) => {
            const breaches = markBreaches(r, clock.now());
            const reminded = markAppealReminded(breaches.record, clock.now());
            return { record: reminded.record, entries: [...breaches.entries, ...reminded.entries] };
          },
          async (tx, change, before) => {
            for (const entry of change.entries) {
              if (entry.action === 'MARK_BREACH') {
                const kind = entry.data.kind as 'FIRST_RESPONSE' | 'RESOLUTION';
                const dueAtMs = kind === 'FIRST_RESPONSE' ? before.deadlines.firstResponseDueMs : before.deadlines.resolutionDueMs;
                await tellBreach(tx, change.record, kind, dueAtMs, appealOpensAt(before.filedAtMs), clock.now());
                totals.breaches += 1;
              } else {
                await tellAppealReminder(tx, change.record, clock.now());
                totals.reminders += 1;
              }
            }
          },
        );
      } catch (err) {
        totals.failed += 1;
        log.error({ err, case: due.id }, 'SLA watch failed for a case');
      }
    }
    if (totals.breaches + totals.reminders + totals.failed > 0) log.info(totals, 'SLA watch');
    return totals;
  };
}
