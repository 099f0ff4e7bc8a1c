import type { Remedy, Tier } from '../../../types/complaints';
import type { ParsedStaffRequest, StaffResponse } from '../../../types/staff';
import { AppError } from '../../domain/app-error';
import { buildReport } from '../../domain/complaints/case-report';
import { toChinaIso } from '../../domain/complaints/china-time';
import { assignCase, resolveCase, revealContact, setTier, slaFactsOf, staffReply } from '../../domain/complaints/complaint-case';
import type { ComplaintRecord } from '../../domain/complaints/complaint-record';
import { queueItemView, staffComplaintView } from '../../domain/complaints/complaint-view';
import { compareBySlaRisk } from '../../domain/complaints/sla-rules';
import type { CarrierGateway } from '../../ports/carrier-gateway';
import type { Clock } from '../../ports/clock';
import type { Condition, DocStore } from '../../ports/doc-store';
import type { FileStore } from '../../ports/file-store';
import type { Ids } from '../../ports/ids';
import type { Logger } from '../../ports/logger';
import type { StaffIdentity } from '../../ports/staff-tokens';
import { changeCase, createComplaintRepository } from '../complaints/complaint.repository';
import { tellResolution, tellStaffReply } from '../complaints/complaint-notices';
import { evidenceLinks } from '../complaints/evidence.repository';
import type { ParcelTracker } from '../tracking/track-parcel';
import { parcelId } from '../tracking/parcel.repository';
import { toParcelView } from '../tracking/parcel-view';
import { createStaffAccountRepository } from './staff-account.repository';

export interface StaffCaseDeps {
  store: DocStore;
  clock: Clock;
  ids: Ids;
  log: Logger;
  files: FileStore;
  carriers: CarrierGateway;
  /** Records a trace the case view had to fetch, telling the parcel's followers as usual. */
  tracker: ParcelTracker;
}

const OPEN_STATES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'APPEALED'] as const;

/** The case a staff member works on, with links to its files made for them. */
async function caseView(files: FileStore, record: ComplaintRecord, who: StaffIdentity) {
  return staffComplaintView(record, await evidenceLinks(files, record.evidence, { kind: 'staff', username: who.username }));
}

/** What the console does with complaints: the queue, a case, reply, resolve, assign, tier, and the supervisors' report. */
export function createStaffCases(deps: StaffCaseDeps) {
  const { store, clock, ids, files } = deps;
  const complaints = createComplaintRepository(store);
  const accounts = createStaffAccountRepository(store);

  /** The parcel as we last saw it; fetched once from the carrier when nobody has looked it up yet. */
  async function parcelOf(r: ComplaintRecord) {
    if (!r.carrier) return null;
    const stored = await deps.tracker.get(parcelId(r.carrier, r.waybillNo));
    if (stored) return toParcelView(stored);
    try {
      return toParcelView(await deps.tracker.record(await deps.carriers.query({ carrier: r.carrier, waybillNo: r.waybillNo })));
    } catch (err) {
      deps.log.warn({ err, case: r.id }, 'case view without the parcel timeline');
      return null;
    }
  }

  return {
    async queue(q: ParsedStaffRequest<'staffQueue'>, who: StaffIdentity): Promise<StaffResponse<'staffQueue'>> {
      const where: Record<string, Condition> = { state: q.state ?? { in: [...OPEN_STATES] } };
      if (q.tier) where.tier = q.tier;
      if (q.type) where.type = q.type;
      if (q.carrier) where.carrier = q.carrier;
      if (q.assignee) where.assignee = q.assignee === 'ME' ? who.username : q.assignee === 'UNASSIGNED' ? null : q.assignee;
      const found = (await complaints.findAll(where))
        .filter((r) => !q.breachedOnly || r.breaches.length > 0)
        .sort((a, b) => compareBySlaRisk({ ...slaFactsOf(a), filedAtMs: a.filedAtMs }, { ...slaFactsOf(b), filedAtMs: b.filedAtMs }));
      return { items: found.slice(0, q.limit).map(queueItemView), total: found.length, now: toChinaIso(clock.now()) };
    },

    async get({ id }: { id: string }, who: StaffIdentity): Promise<StaffResponse<'staffGetCase'>> {
      const record = await complaints.get(id);
      if (!record) throw new AppError('NOT_FOUND', '没有找到这件投诉');
      const log = (await complaints.log(id)).map(({ seq, at, actor, action, hash }) => ({ seq, at, actor, action, hash }));
      return { complaint: await caseView(files, record, who), parcel: await parcelOf(record), log };
    },

    async reply({ id, text }: { id: string; text: string }, who: StaffIdentity) {
      const messageId = ids.next();
      const saved = await changeCase(
        store,
        id,
        (r) => staffReply(r, { id: messageId, username: who.username, text, nowMs: clock.now() }),
        (tx, change) => tellStaffReply(tx, change.record, messageId, text, clock.now()),
      );
      return { complaint: await caseView(files, saved, who) };
    },

    async resolve({ id, resolution, remedy }: { id: string; resolution: string; remedy: Remedy }, who: StaffIdentity) {
      const saved = await changeCase(
        store,
        id,
        (r) => resolveCase(r, { username: who.username, text: resolution, remedy, nowMs: clock.now() }),
        (tx, change) => tellResolution(tx, change.record, resolution, clock.now()),
      );
      return { complaint: await caseView(files, saved, who) };
    },

    /** Agents take an unassigned case or hand back their own; supervisors give any case to anyone. */
    async assign({ id, assignee }: { id: string; assignee: string | null }, who: StaffIdentity) {
      if (assignee !== null && !(await accounts.get(assignee))) throw new AppError('NOT_FOUND', '没有这个处理人');
      const saved = await changeCase(store, id, (r) => {
        const takes = assignee === who.username && r.assignee === null;
        const handsBack = assignee === null && r.assignee === who.username;
        if (who.role !== 'supervisor' && !takes && !handsBack) throw new AppError('FORBIDDEN', '只有主管可以分派别人的投诉');
        return assignCase(r, { by: who.username, assignee, nowMs: clock.now() });
      });
      return { complaint: await caseView(files, saved, who) };
    },

    async setTier({ id, tier, reason }: { id: string; tier: Tier; reason: string }, who: StaffIdentity) {
      const saved = await changeCase(store, id, (r) => setTier(r, { by: who.username, tier, reason, nowMs: clock.now() }));
      return { complaint: await caseView(files, saved, who) };
    },

    async revealContact({ id }: { id: string }, who: StaffIdentity): Promise<StaffResponse<'staffRevealContact'>> {
      const saved = await changeCase(store, id, (r) => revealContact(r, { by: who.username, nowMs: clock.now() }));
      return { contactPhone: saved.contactPhone };
    },

    async report({ from, to }: { from?: string; to?: string }): Promise<StaffResponse<'staffReport'>> {
      const fromMs = from ? Date.parse(from) : null;
      const toMs = to ? Date.parse(to) : null;
      const where: Record<string, Condition> = {};
      if (fromMs !== null || toMs !== null)
        where.filedAtMs = { ...(fromMs !== null ? { gte: fromMs } : {}), ...(toMs !== null ? { lt: toMs } : {}) };
      return buildReport(await complaints.findAll(where), { fromMs, toMs, nowMs: clock.now() });
    },
  };
}
