import { CARRIERS, type CarrierCandidate, type KnownCarrier } from '../../../types';

/**
 * Waybill formats (docs/reference/carriers.md §4, after BF-zh/Courier-Validation and the real
 * numbers in test/corpus/numbers.real.tsv). Every format a number fits adds its carriers: a
 * number two carriers have issued is ambiguous, however likely the first one is.
 */
const FORMATS: { pattern: RegExp; carriers: [KnownCarrier, number][] }[] = [
  { pattern: /^SF\d{12,13}$/, carriers: [['SF', 0.99]] },
  { pattern: /^JT\d{13}$/, carriers: [['JTSD', 0.99]] },
  { pattern: /^YT\d{13}$/, carriers: [['YTO', 0.99]] },
  { pattern: /^JD[A-Z0-9]{2}\d{11}$/, carriers: [['JD', 0.98]] },
  { pattern: /^DPK\d{12}$/, carriers: [['DBL', 0.98]] },
  { pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/, carriers: [['EMS', 0.9]] },
  // 14 digits from 73/75/76/78: 中通 today, but 百世 issued 14-digit numbers from 7 too (73503399402556 is 百世).
  {
    pattern: /^7[3568]\d{12}$/,
    carriers: [
      ['ZTO', 0.85],
      ['HTKY', 0.15],
    ],
  },
  { pattern: /^77\d{13}$/, carriers: [['STO', 0.97]] },
  { pattern: /^(3\d|4[0-24-9])\d{13}$/, carriers: [['YD', 0.95]] },
  // 15 digits from 43: 申通 (43…) and 韵达 ([34]…) both issue them; 百世 used 15 digits too.
  {
    pattern: /^43\d{13}$/,
    carriers: [
      ['STO', 0.5],
      ['YD', 0.5],
      ['HTKY', 0.3],
    ],
  },
  // 13 digits from 33: older 申通 (3308071893931, 3380838656252 …), 韵达 issues 3x too.
  {
    pattern: /^33\d{11}$/,
    carriers: [
      ['STO', 0.55],
      ['YD', 0.45],
    ],
  },
  // 13 digits from 1 or 9: 邮政/EMS domestic first, old 韵达 too.
  {
    pattern: /^[19]\d{12}$/,
    carriers: [
      ['YZPY', 0.45],
      ['EMS', 0.45],
      ['YD', 0.4],
    ],
  },
  // Other 13 digits: old 韵达 (3999043346251, 7700046365395), and 邮政 still.
  {
    pattern: /^[2-8]\d{12}$/,
    carriers: [
      ['YD', 0.6],
      ['YZPY', 0.2],
      ['EMS', 0.2],
    ],
  },
  // 12 digits from 5: 优速 (518336682846) and old 圆通 (500379523313).
  {
    pattern: /^5\d{11}$/,
    carriers: [
      ['YTO', 0.4],
      ['UC', 0.4],
    ],
  },
  // 12 digits: the pre-2018 length of 中通, 圆通, 申通, 顺丰 and 天天.
  {
    pattern: /^\d{12}$/,
    carriers: [
      ['ZTO', 0.35],
      ['YTO', 0.35],
      ['STO', 0.35],
      ['SF', 0.35],
      ['HHTT', 0.3],
    ],
  },
  // 14 digits outside 中通's ranges: older 申通 and 百世.
  {
    pattern: /^(?!7[3568])\d{14}$/,
    carriers: [
      ['HTKY', 0.45],
      ['STO', 0.4],
    ],
  },
  // 15 digits from 5 or 6: 百世.
  { pattern: /^[56]\d{14}$/, carriers: [['HTKY', 0.6]] },
  // 10 digits: old 圆通 (7151900624), 德邦 (8478081206) and 京东 order-numbered waybills.
  {
    pattern: /^\d{10}$/,
    carriers: [
      ['YTO', 0.35],
      ['DBL', 0.35],
      ['JD', 0.3],
    ],
  },
  // 11 digits: 京东 waybills before the JD… prefix (71541676068).
  { pattern: /^\d{11}$/, carriers: [['JD', 0.5]] },
  // 18 digits: old 圆通 e-waybills.
  { pattern: /^\d{18}$/, carriers: [['YTO', 0.5]] },
];

export interface Detection {
  number: string;
  candidates: CarrierCandidate[];
  /** True when several carriers are plausible: ask the aggregator or the user, do not guess. */
  ambiguous: boolean;
}

export function normalizeWaybillNo(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

const candidate = (carrier: KnownCarrier, confidence: number): CarrierCandidate => ({ carrier, name: CARRIERS[carrier].name, confidence });

/** Ranked carriers for a waybill number, from its format alone. */
export function detectCarrier(input: string): Detection {
  const number = normalizeWaybillNo(input);
  const best = new Map<KnownCarrier, number>();
  for (const format of FORMATS.filter((f) => f.pattern.test(number)))
    for (const [carrier, confidence] of format.carriers) best.set(carrier, Math.max(best.get(carrier) ?? 0, confidence));
  const candidates = [...best].map(([carrier, confidence]) => candidate(carrier, confidence));
  candidates.sort((a, b) => b.confidence - a.confidence);
  return { number, candidates, ambiguous: candidates.length > 1 };
}

/** The key numbers share for learning which carrier issues them: length and first four characters. */
export function numberPrefix(number: string): string {
  return `${number.length}:${number.slice(0, 4)}`;
}

/** Below this many confirmed look-ups a prefix teaches nothing. */
export const MIN_PREFIX_SAMPLES = 3;

/**
 * Detection re-ranked by what look-ups of numbers with the same prefix turned out to be (the way
 * Kuaidi100's autonumber learns from its traffic). Only carriers the format allows are ranked;
 * a prefix seen often enough under one carrier raises it, never removes the others.
 */
export function rankWithLearnedPrefixes(detection: Detection, counts: Record<string, number>): Detection {
  const total = detection.candidates.reduce((sum, c) => sum + (counts[c.carrier] ?? 0), 0);
  if (total < MIN_PREFIX_SAMPLES) return detection;
  const candidates = detection.candidates
    .map((c) => ({
      ...c,
      confidence: Math.round(Math.min(0.98, 0.3 * c.confidence + 0.7 * ((counts[c.carrier] ?? 0) / total)) * 100) / 100,
    }))
    .sort((a, b) => b.confidence - a.confidence);
  return { ...detection, candidates };
}
