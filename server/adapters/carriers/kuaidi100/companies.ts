import { CARRIERS, KNOWN_CARRIERS, type VendorCompany } from '../../../../types';

export type { VendorCompany } from '../../../../types';

/**
 * Kuaidi100 company codes (`com`) of the companies that are not one of our carriers' parcel arms,
 * with Kuaidi100's display name (docs/reference/carriers.md §6, "Kuaidi100 company codes we map"). 快运, postal and international
 * variants are their own companies, not the parcel arm: a 圆通快运 callback is never read as 圆通速递.
 * `carrier` is the KDNiao ShipperCode where one is documented, so both vendors name a company alike.
 */
const OTHER_COMPANIES: Record<string, VendorCompany> = {
  // 快运 (freight arms)
  yuantongkuaiyun: { carrier: 'YTOKY', name: '圆通快运' },
  zhongtongkuaiyun: { carrier: 'ZTOKY', name: '中通快运' },
  yundakuaiyun: { carrier: 'YDKY', name: '韵达快运' },
  jingdongkuaiyun: { carrier: 'JDKY', name: '京东快运' },
  shunfengkuaiyun: { carrier: 'SFKY', name: '顺丰快运' },
  baishiwuliu: { carrier: 'BTWL', name: '百世快运' },
  annengwuliu: { carrier: 'ANEKY', name: '安能快运' },
  debangwuliu: { carrier: 'DBLKY', name: '德邦物流' },
  sxjdfreight: { carrier: 'SX', name: '顺心捷达' },
  // Postal products other than 邮政快递包裹 and EMS
  youzhengbk: { carrier: 'YZBK', name: '邮政标准快递' },
  youzhengguoji: { carrier: 'OTHER', name: '国际包裹' },
  emsguoji: { carrier: 'OTHER', name: 'EMS-国际件' },
  shpost: { carrier: 'OTHER', name: '同城快寄' },
  // International
  dhl: { carrier: 'OTHER', name: 'DHL-中国件' },
  dhlen: { carrier: 'OTHER', name: 'DHL-全球件' },
  ups: { carrier: 'OTHER', name: 'UPS' },
  upsen: { carrier: 'OTHER', name: 'UPS-全球件' },
  fedex: { carrier: 'OTHER', name: 'FedEx-国际件' },
  usps: { carrier: 'OTHER', name: 'USPS' },
  auspost: { carrier: 'OTHER', name: '澳大利亚(Australia Post)' },
  japanposten: { carrier: 'OTHER', name: '日本(Japan Post)' },
  hkems: { carrier: 'OTHER', name: '云邮跨境快递' },
  zhongtongguoji: { carrier: 'OTHER', name: '中通国际' },
  yuantongguoji: { carrier: 'OTHER', name: '圆通国际' },
  ewe: { carrier: 'OTHER', name: 'EWE全球快递' },
  disifang: { carrier: 'OTHER', name: '递四方' },
  meiquick: { carrier: 'OTHER', name: '美快国际物流' },
  auexpress: { carrier: 'OTHER', name: '澳邮中国快运' },
  chinaicip: { carrier: 'OTHER', name: '卓志速运' },
  // Other domestic companies
  zhongyouex: { carrier: 'ZYE', name: '众邮快递' },
  ytchengnuoda: { carrier: 'CND', name: '圆通承诺达' },
  quanfengkuaidi: { carrier: 'QFKD', name: '全峰快递' },
  guotongkuaidi: { carrier: 'GTO', name: '国通快递' },
  kuaijiesudi: { carrier: 'FAST', name: '快捷速递' },
  danniao: { carrier: 'OTHER', name: '丹鸟' },
  suning: { carrier: 'OTHER', name: '苏宁物流' },
  lntjs: { carrier: 'OTHER', name: '特急送' },
  xinfengwuliu: { carrier: 'OTHER', name: '信丰物流' },
  weitepai: { carrier: 'OTHER', name: '微特派' },
  annto: { carrier: 'OTHER', name: '安得物流' },
  yimidida: { carrier: 'OTHER', name: '壹米滴答' },
  suer: { carrier: 'OTHER', name: '速尔快递' },
  dsukuaidi: { carrier: 'OTHER', name: 'D速快递' },
  jinguangsudikuaijian: { carrier: 'OTHER', name: '京广速递' },
  jiuyescm: { carrier: 'OTHER', name: '九曳供应链' },
  subida: { carrier: 'OTHER', name: '速必达' },
  ztky: { carrier: 'OTHER', name: '中铁快运' },
  lianhaowuliu: { carrier: 'OTHER', name: '联昊通' },
  rrs: { carrier: 'OTHER', name: '日日顺物流' },
  ubonex: { carrier: 'OTHER', name: '优邦速运' },
  longbanwuliu: { carrier: 'OTHER', name: '龙邦速递' },
  lbex: { carrier: 'OTHER', name: '龙邦物流' },
  gslhkd: { carrier: 'OTHER', name: '联合快递' },
  zhimakaimen: { carrier: 'OTHER', name: '芝麻开门' },
  yuxinwuliu: { carrier: 'OTHER', name: '宇鑫物流' },
  banma: { carrier: 'OTHER', name: '斑马物流' },
  zhongyouwuliu: { carrier: 'OTHER', name: '中邮物流' },
  zhengyikuaidi: { carrier: 'OTHER', name: '鑫正一快递' },
  pjbest: { carrier: 'OTHER', name: '品骏快递' },
  cfss: { carrier: 'OTHER', name: '银雁专送' },
  huisenky: { carrier: 'OTHER', name: '汇森速运' },
  jiayunmeiwuliu: { carrier: 'OTHER', name: '加运美速递' },
  idamalu: { carrier: 'OTHER', name: '大马鹿' },
};

/** Every Kuaidi100 code we name: our carriers' own codes (types/carriers.ts) and the companies above. */
export const KUAIDI100_COMPANIES: Record<string, VendorCompany> = {
  ...Object.fromEntries(KNOWN_CARRIERS.map((c) => [CARRIERS[c].kuaidi100, { carrier: c, name: CARRIERS[c].name }])),
  ...OTHER_COMPANIES,
};

/**
 * The company a Kuaidi100 code stands for; a code outside the table is still a company — an
 * explicit other one named by its code — never a refusal.
 */
export function companyFromCom(com: string | null | undefined): VendorCompany | null {
  if (!com) return null;
  return Object.hasOwn(KUAIDI100_COMPANIES, com) ? KUAIDI100_COMPANIES[com] : { carrier: 'OTHER', name: com };
}
