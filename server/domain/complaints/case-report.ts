import { COMPLAINT_TYPES, type ComplaintType } from '../../../types/complaints';
import type { ComplaintRecord } from './complaint-record';

export interface ReportRange {
  fromMs: number | null;
  toMs: number | null;
  nowMs: number;
}

/** Share of deadlines met among those already due (or met early); null when none counts yet. */
function hitRate(
  records: ComplaintRecord[],
  dueOf: (r: ComplaintRecord) => number,
  doneOf: (r: ComplaintRecord) => number | null,
  nowMs: number,
) {
  const counted = records.filter((r) => doneOf(r) !== null || dueOf(r) <= nowMs);
  if (counted.length === 0) return null;
  const hits = counted.filter((r) => {
    const done = doneOf(r);
    return done !== null && done <= dueOf(r);
  });
  return Math.round((hits.length / counted.length) * 1000) / 1000;
}

/** The supervisors' report over cases filed in the range: counts by type, carrier and tier, SLA hit rates, breaches. */
export function buildReport(all: readonly ComplaintRecord[], range: ReportRange) {
  const records = all.filter(
    (r) => (range.fromMs === null || r.filedAtMs >= range.fromMs) && (range.toMs === null || r.filedAtMs < range.toMs),
  );
  const byType = Object.fromEntries(COMPLAINT_TYPES.map((t) => [t, 0])) as Record<ComplaintType, number>;
  const byTier = { '1': 0, '2': 0, '3': 0 };
  const carriers = new Map<string, { carrier: string | null; name: string; count: number }>();
  for (const r of records) {
    byType[r.type] += 1;
    byTier[String(r.tier) as '1' | '2' | '3'] += 1;
    const key = r.carrier ?? '';
    const row = carriers.get(key) ?? { carrier: r.carrier, name: r.carrierName ?? '未识别快递公司', count: 0 };
    row.count += 1;
    carriers.set(key, row);
  }
  const breachesOf = (kind: string) => records.filter((r) => r.breaches.some((b) => b.kind === kind)).length;
  return {
    total: records.length,
    byType,
    byCarrier: [...carriers.values()].sort((a, b) => b.count - a.count),
    byTier,
    slaHitRate: {
      firstResponse: hitRate(
        records,
        (r) => r.deadlines.firstResponseDueMs,
        (r) => r.firstRespondedAtMs ?? r.resolvedAtMs,
        range.nowMs,
      ),
      resolution: hitRate(
        records,
        (r) => r.deadlines.resolutionDueMs,
        (r) => r.resolvedAtMs,
        range.nowMs,
      ),
    },
    breaches: { firstResponse: breachesOf('FIRST_RESPONSE'), resolution: breachesOf('RESOLUTION') },
  };
}
