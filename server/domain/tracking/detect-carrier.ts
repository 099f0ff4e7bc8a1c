import { CARRIERS, type CarrierCandidate, type KnownCarrier } from '../../../types';

/**
 * Waybill formats by carrier (reference/carriers.md §4, after BF-zh/Courier-Validation and public
 * samples). `sure` formats belong to one carrier; `legacy` ones are shared by several and only
 * narrow the field.
 */
const FORMATS: { carrier: KnownCarrier; pattern: RegExp; confidence: number }[] = [
  { carrier: 'SF', pattern: /^SF\d{12,13}$/, confidence: 0.99 },
  { carrier: 'JTSD', pattern: /^JT\d{13}$/, confidence: 0.99 },
  { carrier: 'YTO', pattern: /^YT\d{13}$/, confidence: 0.99 },
  { carrier: 'JD', pattern: /^JD[A-Z0-9]{2}\d{11}$/, confidence: 0.98 },
  { carrier: 'DBL', pattern: /^DPK\d{12}$/, confidence: 0.98 },
  { carrier: 'EMS', pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/, confidence: 0.9 },
  { carrier: 'ZTO', pattern: /^7[3568]\d{12}$/, confidence: 0.98 },
  { carrier: 'STO', pattern: /^77\d{13}$/, confidence: 0.97 },
  { carrier: 'YD', pattern: /^(3\d|4[0-24-9])\d{13}$/, confidence: 0.95 },
];

/** Older or shared formats: every carrier that has used them, with a lower confidence. */
const LEGACY: { pattern: RegExp; carriers: KnownCarrier[]; confidence: number }[] = [
  // 15 digits from 43: 申通 (43…) and 韵达 ([34]…) both issue them; 百世 used 15 digits too.
  { pattern: /^43\d{13}$/, carriers: ['STO', 'YD', 'HTKY'], confidence: 0.5 },
  // 13 digits from 9 or 1: 邮政/EMS domestic, and old 韵达 numbers.
  { pattern: /^[19]\d{12}$/, carriers: ['YZPY', 'EMS', 'YD'], confidence: 0.45 },
  // 13 digits from 5: old 韵达.
  { pattern: /^5\d{12}$/, carriers: ['YD'], confidence: 0.6 },
  // 12 digits: the pre-2018 length of 中通, 圆通, 申通 and 顺丰.
  { pattern: /^\d{12}$/, carriers: ['ZTO', 'YTO', 'STO', 'SF'], confidence: 0.35 },
  // 14 digits outside 中通's ranges: older 申通 and 百世.
  { pattern: /^(?!7[3568])\d{14}$/, carriers: ['STO', 'HTKY'], confidence: 0.4 },
  // 15 digits from 5 or 6: 百世.
  { pattern: /^[56]\d{14}$/, carriers: ['HTKY'], confidence: 0.6 },
  // 18 digits: old 圆通 e-waybills.
  { pattern: /^\d{18}$/, carriers: ['YTO'], confidence: 0.5 },
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
  const sure = FORMATS.find((f) => f.pattern.test(number));
  if (sure) return { number, candidates: [candidate(sure.carrier, sure.confidence)], ambiguous: false };
  const seen = new Set<KnownCarrier>();
  const candidates: CarrierCandidate[] = [];
  for (const legacy of LEGACY.filter((l) => l.pattern.test(number))) {
    for (const carrier of legacy.carriers) {
      if (seen.has(carrier)) continue;
      seen.add(carrier);
      candidates.push(candidate(carrier, legacy.confidence));
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence);
  return { number, candidates, ambiguous: candidates.length > 1 };
}
