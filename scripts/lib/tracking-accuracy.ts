import { classifyTraceLine } from '../../server/domain/tracking/classify-trace';
import { detectCarrier } from '../../server/domain/tracking/detect-carrier';
import { pickupIn } from '../../server/domain/tracking/pickup-in-line';
import type { LabelledLine, LabelledNumber } from './corpus';

export interface Tally {
  lines: number;
  status: number;
  reason: number;
  /** Lines whose label names the courier / gives the courier's phone, and how many we read right. */
  namedCouriers: number;
  courierName: number;
  courierPhones: number;
  courierPhone: number;
  /** Lines where we produced a courier name other than the one the line gives (boilerplate, places, wrong person). */
  wrongNames: number;
  pickupLines: number;
  pickupCode: number;
  pickupStation: number;
}

const empty = (): Tally => ({
  lines: 0,
  status: 0,
  reason: 0,
  namedCouriers: 0,
  courierName: 0,
  courierPhones: 0,
  courierPhone: 0,
  wrongNames: 0,
  pickupLines: 0,
  pickupCode: 0,
  pickupStation: 0,
});

/** A station read right when one name contains the other: carriers repeat brands around the name. */
const sameStation = (a: string | null, b: string | null) => a === b || Boolean(a && b && (a.includes(b) || b.includes(a)));

export interface LineMiss {
  text: string;
  expected: string;
  got: string;
}

function count(t: Tally, line: LabelledLine, misses: LineMiss[]): void {
  const got = classifyTraceLine(line.text);
  t.lines += 1;
  const statusOk = got.status === line.status;
  t.status += statusOk ? 1 : 0;
  t.reason += got.reason === line.reason ? 1 : 0;
  const want = line.courier;
  if (want?.name) t.namedCouriers += 1;
  if (want?.name && got.courier?.name === want.name) t.courierName += 1;
  if (want?.phone) t.courierPhones += 1;
  if (want?.phone && got.courier?.phone === want.phone) t.courierPhone += 1;
  const nameOk = (got.courier?.name ?? null) === (want?.name ?? null);
  if (got.courier?.name && !nameOk) t.wrongNames += 1;
  if (line.pickup) {
    const card = pickupIn(line.text);
    t.pickupLines += 1;
    t.pickupCode += card.code === line.pickup.code ? 1 : 0;
    t.pickupStation += sameStation(card.station, line.pickup.station) ? 1 : 0;
  }
  const phoneOk = (got.courier?.phone ?? null) === (want?.phone ?? null);
  if (!statusOk || got.reason !== line.reason || !nameOk || !phoneOk)
    misses.push({
      text: line.text,
      expected: `${line.status}${line.reason ? `:${line.reason}` : ''} ${want ? `${want.name}/${want.phone}` : '-'}`,
      got: `${got.status}${got.reason ? `:${got.reason}` : ''} ${got.courier ? `${got.courier.name}/${got.courier.phone}` : '-'}`,
    });
}

export interface LineAccuracy {
  overall: Tally;
  tuned: Tally;
  heldOut: Tally;
  /** Lines collected after the rules were frozen: the figure closest to what unseen text will get. */
  afterFreeze: Tally;
  byCarrier: Record<string, Tally>;
  misses: LineMiss[];
}

export function measureLines(lines: LabelledLine[]): LineAccuracy {
  const result: LineAccuracy = { overall: empty(), tuned: empty(), heldOut: empty(), afterFreeze: empty(), byCarrier: {}, misses: [] };
  const ignored: LineMiss[] = [];
  for (const line of lines) {
    count(result.overall, line, result.misses);
    count(line.heldOut ? result.heldOut : result.tuned, line, ignored);
    if (line.afterFreeze) count(result.afterFreeze, line, ignored);
    count((result.byCarrier[line.carrier] ??= empty()), line, ignored);
  }
  return result;
}

export interface DetectionAccuracy {
  numbers: number;
  top1: number;
  top5: number;
  /** Numbers answered with one confident carrier that is the wrong one. */
  confidentWrong: number;
  misses: { number: string; carrier: string; got: string[] }[];
}

export function measureDetection(numbers: LabelledNumber[]): DetectionAccuracy {
  const r: DetectionAccuracy = { numbers: 0, top1: 0, top5: 0, confidentWrong: 0, misses: [] };
  for (const n of numbers) {
    const d = detectCarrier(n.number);
    const ranked = d.candidates.map((c) => c.carrier);
    r.numbers += 1;
    r.top1 += ranked[0] === n.carrier ? 1 : 0;
    r.top5 += ranked.slice(0, 5).includes(n.carrier) ? 1 : 0;
    if (!d.ambiguous && ranked.length === 1 && ranked[0] !== n.carrier) r.confidentWrong += 1;
    if (!ranked.slice(0, 5).includes(n.carrier) || (!d.ambiguous && ranked[0] !== n.carrier))
      r.misses.push({ number: n.number, carrier: n.carrier, got: ranked });
  }
  return r;
}

const pct = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : null);

/** Rates in percent, for people to read. */
export function rates(t: Tally) {
  return {
    lines: t.lines,
    status: pct(t.status, t.lines),
    reason: pct(t.reason, t.lines),
    courierName: pct(t.courierName, t.namedCouriers),
    courierPhone: pct(t.courierPhone, t.courierPhones),
    namedCouriers: t.namedCouriers,
    wrongNames: t.wrongNames,
    pickupCode: pct(t.pickupCode, t.pickupLines),
    pickupStation: pct(t.pickupStation, t.pickupLines),
  };
}

export function detectionRates(d: DetectionAccuracy) {
  return { numbers: d.numbers, top1: pct(d.top1, d.numbers), top5: pct(d.top5, d.numbers), confidentWrong: d.confidentWrong };
}
