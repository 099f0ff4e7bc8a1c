import { carrierInfo, type VendorCompany } from '../../../../types';

/**
 * KDNiao ShipperCodes of the companies that are not one of our carriers (docs/reference/carriers.md §1.9):
 * 快运 arms, postal products and the smaller companies KDNiao documents. Our carriers use the
 * ShipperCode as their own code (types/carriers.ts), so they need no entry here.
 */
const OTHER_SHIPPERS: Record<string, string> = {
  YZBK: '邮政国内标快',
  DBLKY: '德邦快运',
  ANEKY: '安能快运',
  JDKY: '京东快运',
  ZTOKY: '中通快运',
  YDKY: '韵达快运',
  SX: '顺心捷达',
  ZYE: '众邮快递',
  CND: '承诺达',
  QFKD: '全峰快递',
  GTO: '国通快递',
  FAST: '快捷快递',
  AMAZON: '亚马逊',
};

/**
 * The company a KDNiao ShipperCode stands for. A code outside the table is still a company, named by
 * the ShipperName KDNiao gave with it (2002 answers) or by the code itself: never a refusal.
 */
export function companyFromShipperCode(code: string | null | undefined, shipperName?: string | null): VendorCompany | null {
  if (!code) return null;
  const known = carrierInfo(code);
  if (known) return { carrier: code, name: known.name };
  return { carrier: code, name: Object.hasOwn(OTHER_SHIPPERS, code) ? OTHER_SHIPPERS[code] : (shipperName ?? code) };
}
