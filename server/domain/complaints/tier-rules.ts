import type { ComplaintType, Tier } from '../../../types/complaints';

/** Value at stake from which a case needs provincial management (二级) or is a major incident (三级). */
export const TIER2_VALUE_FEN = 100_000; // 1,000 元
export const TIER3_VALUE_FEN = 1_000_000; // 10,000 元

/** Losses that need someone above the outlet to investigate and pay. */
const INVESTIGATION_TYPES: readonly ComplaintType[] = ['LOST', 'FALSE_DELIVERY', 'DAMAGED', 'SHORTAGE', 'ILLEGAL_FEE'];

export interface TierFacts {
  type: ComplaintType;
  /** The larger of the declared value and the amount asked for, in fen. */
  valueAtStakeFen: number;
  /** Earlier complaints by the same user on the same parcel. */
  earlierComplaints: number;
}

/**
 * 一级 outlet service, 二级 provincial management, 三级 major incident copied to the regulator
 * (docs/reference/complaints.md §5). A leak of personal data is always 三级: the carrier must report it to the postal
 * administration (《快递暂行条例》, docs/reference/complaints.md §4). Staff may change the tier.
 */
export function chooseTier(facts: TierFacts): { tier: Tier; reasons: string[] } {
  const three: string[] = [];
  const two: string[] = [];
  if (facts.type === 'PRIVACY_LEAK') three.push('涉及个人信息泄露，须向邮政管理部门报告');
  if (facts.valueAtStakeFen >= TIER3_VALUE_FEN) three.push('涉及金额 1 万元及以上');
  if (facts.earlierComplaints >= 2) three.push(`同一包裹第 ${facts.earlierComplaints + 1} 次投诉`);
  if (three.length > 0) return { tier: 3, reasons: three };

  if (INVESTIGATION_TYPES.includes(facts.type)) two.push('丢失、损毁、短少或收费争议，需要核查赔付');
  if (facts.valueAtStakeFen >= TIER2_VALUE_FEN) two.push('涉及金额 1000 元及以上');
  if (facts.earlierComplaints === 1) two.push('同一包裹重复投诉');
  if (two.length > 0) return { tier: 2, reasons: two };

  return { tier: 1, reasons: ['网点服务问题，由网点处理'] };
}
