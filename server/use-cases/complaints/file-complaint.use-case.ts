import { carrierInfo } from '../../../types/carriers';
import type { Complaint, Remedy } from '../../../types/complaints';
import { AppError } from '../../domain/app-error';
import { fileCase } from '../../domain/complaints/complaint-case';
import { complaintView } from '../../domain/complaints/complaint-view';
import { detectCarrier } from '../../domain/tracking/detect-carrier';
import type { Caller } from '../../ports/caller';
import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { FileStore } from '../../ports/file-store';
import type { Ids } from '../../ports/ids';
import { createRateLimiter } from '../rate-limiter';
import { PARCELS } from '../tracking/parcel.repository';
import { createComplaintRepository, insertCase } from './complaint.repository';
import { createEvidenceRepository, evidenceLinks } from './evidence.repository';

export interface FileComplaintDeps {
  store: DocStore;
  clock: Clock;
  ids: Ids;
  files: FileStore;
}

export interface FileComplaintInput {
  waybillNo: string;
  carrier?: string;
  type: Complaint['type'];
  description: string;
  remedy: Remedy;
  insured?: { declaredValueFen: number };
  contactPhone: string;
  evidence: string[];
}

/** Complaints per user per hour: far above what a person files, low enough to stop a script. */
export const FILE_LIMIT = { max: 10, windowMs: 3600_000 } as const;

/**
 * The carrier the user named; else the one the parcel was tracked with, when only one was;
 * else the one the number's format points to, when it points to one. Null otherwise: staff ask.
 */
async function carrierOf(store: DocStore, waybillNo: string, named: string | undefined): Promise<string | null> {
  if (named) return named;
  const tracked = await store.find<{ carrier: string }>(PARCELS, { where: { waybillNo }, limit: 2 });
  if (tracked.length === 1) return tracked[0].carrier;
  const { candidates } = detectCarrier(waybillNo);
  return candidates.length === 1 ? candidates[0].carrier : null;
}

/** fileComplaint: the five elements checked, the evidence the caller's own checked files, the case and its first log entry in one write. */
export function createFileComplaint(deps: FileComplaintDeps) {
  const { store, clock, ids } = deps;
  const complaints = createComplaintRepository(store);
  const evidence = createEvidenceRepository(store);
  const limit = createRateLimiter(store, clock, FILE_LIMIT);

  return async (input: FileComplaintInput, caller: Caller): Promise<{ complaint: Complaint }> => {
    const attached = await evidence.attachable(input.evidence, caller.openid);
    await limit(`fileComplaint:${caller.openid}`, '提交投诉太频繁了，请稍后再试');
    const carrier = await carrierOf(store, input.waybillNo, input.carrier);
    const earlier = await complaints.earlierOnParcel(caller.openid, input.waybillNo);
    const { carrier: _named, evidence: _ids, ...facts } = input;
    const change = fileCase(
      { ...facts, ...(carrier ? { carrier } : {}) },
      {
        id: ids.next(),
        owner: caller.openid,
        messageId: ids.next(),
        nowMs: clock.now(),
        carrierName: carrier ? (carrierInfo(carrier)?.name ?? carrier) : null,
        evidence: attached,
        earlier,
      },
    );
    if (earlier.some((e) => e.state !== 'CLOSED' && e.type === input.type && e.filedAtMs > clock.now() - 60_000)) {
      throw new AppError('CONFLICT', '这件投诉刚刚已经提交过了');
    }
    await store.transaction((tx) => insertCase(tx, change));
    const links = await evidenceLinks(deps.files, change.record.evidence, { kind: 'user', openid: caller.openid });
    return { complaint: complaintView(change.record, links) };
  };
}
