/**
 * The carriers we know: KDNiao ShipperCode → display name, customer-service hotline, whether a
 * query needs the phone's last four digits, and the Kuaidi100 company code.
 * Sources: docs/reference/carriers.md §1.4, §1.9, §2.1; hotlines from each carrier's official site.
 */
export interface CarrierInfo {
  name: string;
  hotline: string | null;
  /** KDNiao/Kuaidi100 refuse the query without the last 4 digits of the sender's or receiver's phone. */
  needsPhoneTail: boolean;
  kuaidi100: string;
}

export const CARRIERS = {
  SF: { name: '顺丰速运', hotline: '95338', needsPhoneTail: true, kuaidi100: 'shunfeng' },
  ZTO: { name: '中通快递', hotline: '95311', needsPhoneTail: true, kuaidi100: 'zhongtong' },
  YTO: { name: '圆通速递', hotline: '95554', needsPhoneTail: false, kuaidi100: 'yuantong' },
  STO: { name: '申通快递', hotline: '95543', needsPhoneTail: false, kuaidi100: 'shentong' },
  YD: { name: '韵达快递', hotline: '95546', needsPhoneTail: false, kuaidi100: 'yunda' },
  JTSD: { name: '极兔速递', hotline: '956025', needsPhoneTail: false, kuaidi100: 'jtexpress' },
  JD: { name: '京东快递', hotline: '950616', needsPhoneTail: false, kuaidi100: 'jd' },
  EMS: { name: 'EMS', hotline: '11183', needsPhoneTail: false, kuaidi100: 'ems' },
  YZPY: { name: '邮政快递包裹', hotline: '11183', needsPhoneTail: false, kuaidi100: 'youzhengguonei' },
  DBL: { name: '德邦快递', hotline: '95353', needsPhoneTail: false, kuaidi100: 'debangkuaidi' },
  HTKY: { name: '百世快递', hotline: '95320', needsPhoneTail: false, kuaidi100: 'huitongkuaidi' },
  ANE: { name: '安能快递', hotline: '4001000000', needsPhoneTail: false, kuaidi100: 'ane66' },
  UC: { name: '优速快递', hotline: '95349', needsPhoneTail: false, kuaidi100: 'youshuwuliu' },
  ZJS: { name: '宅急送', hotline: '4006789000', needsPhoneTail: false, kuaidi100: 'zhaijisong' },
  FWX: { name: '丰网速运', hotline: null, needsPhoneTail: true, kuaidi100: 'fengwang' },
  KYSY: { name: '跨越速运', hotline: '4008098098', needsPhoneTail: true, kuaidi100: 'kuayue' },
  HHTT: { name: '天天快递', hotline: '4001888888', needsPhoneTail: false, kuaidi100: 'tiantian' },
} as const satisfies Record<string, CarrierInfo>;

export type KnownCarrier = keyof typeof CARRIERS;
export const KNOWN_CARRIERS = Object.keys(CARRIERS) as KnownCarrier[];

export function carrierInfo(code: string): CarrierInfo | null {
  return Object.hasOwn(CARRIERS, code) ? CARRIERS[code as KnownCarrier] : null;
}

/** A company as a vendor (KDNiao, Kuaidi100) names it: our carrier code, or an explicit other one, and its display name. */
export interface VendorCompany {
  /** A known carrier's code, another company's KDNiao ShipperCode, or OTHER when no code is documented. */
  carrier: string;
  name: string;
}
