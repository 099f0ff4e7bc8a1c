import { createHash } from 'node:crypto';
import { CITIES as cities, DISTRICTS as areas, PROVINCES as provinces } from '../../../../types/regions/regions';

/**
 * Deterministic choices drawn from a seed (the waybill number): the same number always draws the
 * same things. The byte stream is sha256(seed), sha256(seed#1), … so it never runs out or repeats.
 */
export class Dice {
  private bytes = Buffer.alloc(0);
  private at = 0;
  private block = 0;
  constructor(private readonly seed: string) {}

  /** An integer in [0, n). */
  int(n: number): number {
    if (this.at + 4 > this.bytes.length) {
      const suffix = this.block === 0 ? '' : `#${this.block}`;
      this.bytes = createHash('sha256')
        .update(this.seed + suffix)
        .digest();
      this.block += 1;
      this.at = 0;
    }
    const value = this.bytes.readUInt32BE(this.at);
    this.at += 4;
    return value % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.int(10_000) < p * 10_000;
  }
}

export interface Place {
  /** Short city name as trace texts print it inside 【…市】: 苏州, 上海. */
  city: string;
  /** Short province name: 江苏; for a municipality its own name (上海). */
  province: string;
  /** A real district, county or county-level city of that city: 工业园区 is not one, 姑苏区 is. */
  district: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const shortProvince = (name: string) => name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
const PROVINCE_NAME = new Map(provinces.map((p) => [p.code, shortProvince(p.name)]));

/** Districts, counties and county-level cities; not development zones (苏州工业园区, 石家庄高新技术产业开发区) or odd entries (保定白沟新城). */
function isCountyLevel(name: string): boolean {
  if (!/[区县市旗]$/.test(name) || /开发区|园区|管理区|示范区|实验区|名胜区|聚集区|食品区/.test(name)) return false;
  return name.length <= 5 || /自治(县|旗)$/.test(name); // 邯郸冀南新区 and the like are zones too
}

const DISTRICTS = new Map<string, string[]>();
for (const a of areas) {
  if (!isCountyLevel(a.name)) continue;
  // The municipalities list districts under 市辖区 (and 县 for 重庆): key them by province.
  const key = MUNICIPALITIES.has(a.provinceCode) ? a.provinceCode : a.cityCode;
  DISTRICTS.set(key, [...(DISTRICTS.get(key) ?? []), a.name]);
}

interface City {
  key: string;
  city: string;
  province: string;
}

/**
 * Real prefecture-level cities (names ending 市, skipping the 市辖区/县/直辖县级 groupings) plus the
 * four municipalities under their province name.
 */
export const SANDBOX_CITIES: readonly City[] = [
  ...provinces
    .filter((p) => MUNICIPALITIES.has(p.code))
    .map((p) => ({ key: p.code, city: shortProvince(p.name), province: shortProvince(p.name) })),
  ...cities
    .filter((c) => !MUNICIPALITIES.has(c.provinceCode) && c.name.endsWith('市') && c.name !== '市辖区' && DISTRICTS.has(c.code))
    .map((c) => ({ key: c.code, city: c.name.slice(0, -1), province: PROVINCE_NAME.get(c.provinceCode) as string })),
];

/** Where online shops ship from most; origins come from here half the time so journeys look familiar. */
const SHIPPING_CITIES = ['广州', '深圳', '东莞', '杭州', '金华', '苏州', '上海', '泉州', '北京', '成都', '武汉', '郑州'];
const SHIPPING = SANDBOX_CITIES.filter((c) => SHIPPING_CITIES.includes(c.city));

function placeIn(dice: Dice, c: City): Place {
  return { city: c.city, province: c.province, district: dice.pick(DISTRICTS.get(c.key) as string[]) };
}

export function pickPlace(dice: Dice, not: readonly string[] = []): Place {
  const choices = SANDBOX_CITIES.filter((c) => !not.includes(c.city));
  return placeIn(dice, dice.pick(choices));
}

export function pickOrigin(dice: Dice): Place {
  return dice.chance(0.5) ? placeIn(dice, dice.pick(SHIPPING)) : pickPlace(dice);
}

/** A carrier's outlet named like 江苏苏州姑苏区公司, 浙江金华义乌公司; a municipality is not repeated (上海浦东新区公司). */
export function outletName(p: Place): string {
  return `${p.province === p.city ? '' : p.province}${p.city}${p.district.replace(/市$/, '')}公司`;
}

export function hubName(p: Place): string {
  return `${p.city}转运中心`;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '梁',
  '宋',
  '郑',
  '谢',
];
const GIVEN = [
  '翔',
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '斌',
  '鹏',
  '浩',
  '建国',
  '志强',
  '晓东',
  '文博',
  '海涛',
  '俊杰',
  '春雷',
  '小龙',
  '德华',
  '红梅',
];
const ROADS = ['人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '文化路', '长江路', '黄河路', '青年路', '学府路', '幸福路'];
const STATIONS = ['菜鸟驿站', '丰巢快递柜', '妈妈驿站'];
const MOBILE_PREFIXES = ['135', '137', '138', '139', '150', '152', '158', '177', '186', '189'];
const DOORKEEPERS = ['门卫', '家人', '前台', '物业'];

export function personName(dice: Dice): string {
  return dice.pick(SURNAMES) + dice.pick(GIVEN);
}

export function mobile(dice: Dice): string {
  return dice.pick(MOBILE_PREFIXES) + String(dice.int(100_000_000)).padStart(8, '0');
}

export function address(dice: Dice, p: Place): string {
  return `${p.district}${dice.pick(ROADS)}${1 + dice.int(300)}号`;
}

/** A pickup point near the receiver: 姑苏区学府路菜鸟驿站. */
export function stationName(dice: Dice, p: Place): string {
  return `${p.district}${dice.pick(ROADS).slice(0, 2)}${dice.pick(STATIONS)}`;
}

/** Shelf-layer-number style, as 驿站 print them: 3-2-1045. */
export function pickupCode(dice: Dice): string {
  return `${1 + dice.int(9)}-${1 + dice.int(6)}-${1000 + dice.int(9000)}`;
}

export function proxySigner(dice: Dice): string {
  return dice.pick(DOORKEEPERS);
}
