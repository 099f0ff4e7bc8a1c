import type { KnownCarrier } from '../../../../types';

export interface VendorCompany {
  /** Our carrier code: a known carrier, or an explicit other carrier in KDNiao's ShipperCode style. */
  carrier: KnownCarrier | string;
  /** The vendor's display name, shown for carriers we do not know. */
  name: string;
}

/**
 * Kuaidi100 company codes (`com`) → our carriers. Codes from Kuaidi100's docs and answers quoted in
 * docs/reference/carriers.md §2.4; 快运 and international variants map to their own carriers, not to
 * the parcel arm, so a 圆通快运 callback is never refused nor mistaken for 圆通速递.
 */
export const KUAIDI100_COMPANIES: Record<string, VendorCompany> = {
  shunfeng: { carrier: 'SF', name: '顺丰速运' },
  zhongtong: { carrier: 'ZTO', name: '中通快递' },
  yuantong: { carrier: 'YTO', name: '圆通速递' },
  shentong: { carrier: 'STO', name: '申通快递' },
  yunda: { carrier: 'YD', name: '韵达快递' },
  jtexpress: { carrier: 'JTSD', name: '极兔速递' },
  jd: { carrier: 'JD', name: '京东物流' },
  ems: { carrier: 'EMS', name: 'EMS' },
  youzhengguonei: { carrier: 'YZPY', name: '邮政快递包裹' },
  debangkuaidi: { carrier: 'DBL', name: '德邦快递' },
  debangwuliu: { carrier: 'DBLKY', name: '德邦物流' },
  huitongkuaidi: { carrier: 'HTKY', name: '百世快递' },
  baishiwuliu: { carrier: 'BTWL', name: '百世快运' },
  annengwuliu: { carrier: 'ANE', name: '安能物流' },
  youshuwuliu: { carrier: 'UC', name: '优速快递' },
  zhaijisong: { carrier: 'ZJS', name: '宅急送' },
  fengwang: { carrier: 'FWX', name: '丰网速运' },
  kuayue: { carrier: 'KYSY', name: '跨越速运' },
  tiantian: { carrier: 'HHTT', name: '天天快递' },
  yuantongkuaiyun: { carrier: 'YTOKY', name: '圆通快运' },
  zhongtongkuaiyun: { carrier: 'ZTOKY', name: '中通快运' },
  yundakuaiyun: { carrier: 'YDKY', name: '韵达快运' },
  jingdongkuaiyun: { carrier: 'JDKY', name: '京东快运' },
  shunfengkuaiyun: { carrier: 'SFKY', name: '顺丰快运' },
  emsguoji: { carrier: 'EMSGJ', name: 'EMS国际' },
  dhl: { carrier: 'DHL', name: 'DHL' },
  ups: { carrier: 'UPS', name: 'UPS' },
  fedex: { carrier: 'FEDEX', name: 'FedEx' },
  tnt: { carrier: 'TNT', name: 'TNT' },
  usps: { carrier: 'USPS', name: 'USPS' },
};

/**
 * The carrier a Kuaidi100 code stands for; a code outside the table is still a carrier — an
 * explicit other one named by its code — never a refusal.
 */
export function companyFromCom(com: string | null | undefined): VendorCompany | null {
  if (!com) return null;
  return KUAIDI100_COMPANIES[com] ?? { carrier: `OTHER`, name: com };
}
