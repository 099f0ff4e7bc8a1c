import { regionByCode, type City, type District, type Province } from './regions/regions';

/**
 * Province → city → district codes (GB/T 2260: 2, 4 and 6 digits) from the generated regions
 * table. Cities without districts (东莞, 中山, 儋州…) have one district that is the city itself
 * (441900 东莞市), which is also what carriers print for them.
 */
export interface RegionNames {
  province: string;
  city: string;
  district: string;
}

/** The names of a province/city/district triple, or null when the codes do not nest that way. */
export function regionNames(codes: { provinceCode: string; cityCode: string; districtCode: string }): RegionNames | null {
  const province = regionByCode(codes.provinceCode) as Province | undefined;
  const city = regionByCode(codes.cityCode) as City | undefined;
  const district = regionByCode(codes.districtCode) as District | undefined;
  if (!province || province.code !== codes.provinceCode) return null;
  if (!city || city.code !== codes.cityCode || city.provinceCode !== province.code) return null;
  if (!district || district.code !== codes.districtCode || district.cityCode !== city.code) return null;
  // Municipalities list their one city as 市辖区; a printed address reads 北京市东城区.
  return { province: province.name, city: city.name === '市辖区' ? province.name : city.name, district: district.name };
}

/** 广东省深圳市南山区 + detail: the one-line address carriers print (Kuaidi100 printAddr). */
export function printableAddress(names: RegionNames, detail: string): string {
  const head = names.province === names.city ? names.province : `${names.province}${names.city}`;
  const district = names.district === names.city ? '' : names.district;
  return `${head}${district}${detail}`;
}
