import type { CompensationEstimate, ComplaintType } from '../../../types/complaints';

/** China Post's codes: its 给据邮件 fall under 《邮政法》第四十七条 (docs/reference/complaints.md §3). */
export const POSTAL_CARRIERS: readonly string[] = ['EMS', 'YZPY'];

const LOSS_TYPES: readonly ComplaintType[] = ['LOST', 'FALSE_DELIVERY', 'DAMAGED', 'SHORTAGE'];
/** Lost outright: the whole value is gone. Damage and shortage are partial unless shown otherwise. */
const TOTAL_LOSS_TYPES: readonly ComplaintType[] = ['LOST', 'FALSE_DELIVERY'];

export const RULES = {
  postalLaw47: {
    rule: '《中华人民共和国邮政法》第四十七条',
    sourceUrl: 'https://0797cx.cn/zc?article_id=108670',
  },
  courierRegulation27: {
    rule: '《快递暂行条例》第二十七条',
    sourceUrl: 'https://www.shoulawyer.com/zhishi/322472.htm',
  },
  serviceStandardDelay: {
    rule: '《快递服务》国家标准（GB/T 27917）延误赔偿原则',
    sourceUrl: 'http://senbk.com/qita/03d6fcfa39f2fdce09f089c9b049067e.html',
  },
} as const;

export interface CompensationFacts {
  type: ComplaintType;
  carrier: string | null;
  insuredValueFen: number | null;
  /** The loss the user claims (the amount asked for), in fen. */
  claimedFen: number | null;
  /** The postage paid, when known (staff may add it). */
  postageFen?: number | null;
  /** The item's full value, when known: with an insured value below it, partial losses are paid in proportion. */
  itemValueFen?: number | null;
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2).replace(/\.00$/, '')} 元`;
const estimate = (
  e: Omit<CompensationEstimate, 'rule' | 'sourceUrl'>,
  source: { rule: string; sourceUrl: string },
): CompensationEstimate => ({
  ...e,
  ...source,
});

function insured(facts: CompensationFacts, declared: number, postal: boolean): CompensationEstimate {
  const source = postal ? RULES.postalLaw47 : RULES.courierRegulation27;
  if (TOTAL_LOSS_TYPES.includes(facts.type)) {
    // The Postal Law pays the insured amount; couriers pay by their 保价规则, commonly the real loss up to it.
    const amount = postal || facts.claimedFen === null ? declared : Math.min(facts.claimedFen, declared);
    return estimate(
      {
        basis: 'INSURED_FULL',
        amountFen: amount,
        capFen: declared,
        explanation: `已保价且快件丢失，按保价金额赔偿，最高 ${yuan(declared)}。`,
      },
      source,
    );
  }
  const ratio = facts.itemValueFen && facts.itemValueFen > declared ? declared / facts.itemValueFen : 1;
  const amount = facts.claimedFen === null ? null : Math.min(declared, Math.floor(facts.claimedFen * ratio));
  const proportion = ratio < 1 ? `保价额占物品全部价值的 ${Math.round(ratio * 100)}%，按此比例赔偿实际损失` : '按实际损失赔偿';
  return estimate(
    {
      basis: 'INSURED_PROPORTIONAL',
      amountFen: amount,
      capFen: declared,
      explanation: `已保价、部分损毁或内件短少：${proportion}，最高 ${yuan(declared)}。`,
    },
    source,
  );
}

function uninsured(facts: CompensationFacts, postal: boolean): CompensationEstimate {
  if (postal) {
    const cap = facts.postageFen ? facts.postageFen * 3 : null;
    const amount = facts.claimedFen !== null && cap !== null ? Math.min(facts.claimedFen, cap) : null;
    const capText = cap === null ? '最高为所付资费的 3 倍' : `最高为所付资费的 3 倍，即 ${yuan(cap)}`;
    return estimate(
      {
        basis: 'POSTAL_UNINSURED',
        amountFen: amount,
        capFen: cap,
        explanation: `未保价的邮件按实际损失赔偿，${capText}；邮政企业故意或重大过失造成损失的不受此限。`,
      },
      RULES.postalLaw47,
    );
  }
  return estimate(
    {
      basis: 'COURIER_UNINSURED',
      amountFen: facts.claimedFen,
      capFen: null,
      explanation: '未保价的快件依照民事法律按实际损失赔偿，需要证明物品价值；条例没有规定按运费倍数封顶。',
    },
    RULES.courierRegulation27,
  );
}

/** What the rules say the user can expect, with the rule named, for the user and staff to see. */
export function estimateCompensation(facts: CompensationFacts): CompensationEstimate {
  const postal = facts.carrier !== null && POSTAL_CARRIERS.includes(facts.carrier);
  if (LOSS_TYPES.includes(facts.type)) {
    return facts.insuredValueFen ? insured(facts, facts.insuredValueFen, postal) : uninsured(facts, postal);
  }
  if (facts.type === 'DELAY') {
    return estimate(
      {
        basis: 'DELAY_FEE_WAIVER',
        amountFen: facts.postageFen ?? null,
        capFen: facts.postageFen ?? null,
        explanation: '快件延误的，免除本次服务费用（运费）；延误导致物品价值丧失的，按丢失或损毁赔偿。',
      },
      RULES.serviceStandardDelay,
    );
  }
  return estimate(
    {
      basis: 'NOT_APPLICABLE',
      amountFen: null,
      capFen: null,
      explanation: '法定赔偿针对延误、丢失、损毁和内件短少；这类投诉一般以纠正、道歉或退还多收的费用处理。',
    },
    RULES.courierRegulation27,
  );
}
