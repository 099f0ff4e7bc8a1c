import { CITIES as cities, PROVINCES as provinces } from '../../../types/regions/regions';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** "苏州市" → "苏州"; prefectures with longer titles (自治州, 地区, 盟) keep their full name. */
function shortName(name: string): string {
  return name.endsWith('市') && name.length > 2 ? name.slice(0, -1) : name;
}

/** Prefecture-level cities and the four municipalities, longest names first so 张家口 wins over 张家. */
export const CITY_NAMES: readonly string[] = [
  ...cities.filter((c) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)).map((c) => shortName(c.name)),
  ...provinces.filter((p) => MUNICIPALITIES.has(p.code)).map((p) => shortName(p.name)),
].sort((a, b) => b.length - a.length);

const PROVINCE_PREFIX = new RegExp(
  `^(${provinces.map((p) => p.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '')).join('|')})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`,
);

const CITY_SET = new Set(CITY_NAMES);

/** The city a trace line names: a bracketed place first (【苏州市】, [苏州转运中心]), else the first city in the text. */
export function cityIn(text: string): string | null {
  const brackets = [...text.matchAll(/[【[]([^】\]]+)[】\]]/g)].map((m) => m[1]);
  for (const place of [...brackets, text]) {
    const hit = firstCity(place);
    if (hit) return hit;
  }
  return null;
}

function firstCity(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const name of CITY_NAMES) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at)) best = { name, at };
  }
  return best?.name ?? null;
}

/** A city as an aggregator gives it ("江苏省苏州市", "苏州市", "江苏,苏州市") in our short form, or null when it is no known city. */
export function canonicalCity(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const last =
    raw
      .split(/[,，\s]/)
      .filter(Boolean)
      .pop() ?? '';
  const trimmed = shortName(last.replace(PROVINCE_PREFIX, '') || last);
  if (CITY_SET.has(trimmed)) return trimmed;
  return firstCity(raw);
}

const PROVINCE_OF = new Map<string, string>([
  ...cities.map((c) => [shortName(c.name), c.provinceCode] as [string, string]),
  ...provinces.filter((p) => MUNICIPALITIES.has(p.code)).map((p) => [shortName(p.name), p.code] as [string, string]),
]);

/** The province code of one of our cities, for "same province" rules. */
export function provinceOf(city: string): string | null {
  return PROVINCE_OF.get(city) ?? null;
}
