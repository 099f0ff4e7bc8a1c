import fc from 'fast-check';
import { detectCarrier, numberPrefix, rankWithLearnedPrefixes } from './detect-carrier';

// Formats: docs/reference/carriers.md §4 (BF-zh/Courier-Validation src/pattern/*.ts and public samples).
test.each([
  ['SF1234567890123', 'SF'],
  ['YT7530129834567', 'YTO'],
  ['JT0001234567890', 'JTSD'],
  ['JDVA12345678901', 'JD'],
  ['DPK123456789012', 'DBL'],
  ['773123456789012', 'STO'],
  ['312345678901234', 'YD'],
  ['EA123456789CN', 'EMS'],
])('%s is %s with high confidence', (number, carrier) => {
  const d = detectCarrier(number);
  expect(d.candidates.map((c) => c.carrier)).toEqual([carrier]);
  expect(d.candidates[0].confidence).toBeGreaterThanOrEqual(0.9);
  expect(d.ambiguous).toBe(false);
});

test('typed with spaces, dashes and lower case it is the same number', () => {
  expect(detectCarrier(' yt-7530 1298 3456 7 ')).toMatchObject({
    number: 'YT7530129834567',
    candidates: [{ carrier: 'YTO', name: '圆通速递' }],
  });
});

test('15 digits from 43 fit 申通 and 韵达 alike: ambiguous, every plausible carrier, lower confidence', () => {
  const d = detectCarrier('432012345678901');
  expect(d.ambiguous).toBe(true);
  expect(d.candidates.map((c) => c.carrier)).toEqual(['STO', 'YD', 'HTKY']);
  expect(Math.max(...d.candidates.map((c) => c.confidence))).toBeLessThanOrEqual(0.6);
});

test('14 digits from 73 are 中通 first, but 百世 issued such numbers too (73503399402556 is 百世): ambiguous', () => {
  const d = detectCarrier('73190553102532');
  expect(d.candidates.map((c) => c.carrier)).toEqual(['ZTO', 'HTKY']);
  expect(d.ambiguous).toBe(true);
});

test('an old 12-digit number could be any of five carriers', () => {
  const d = detectCarrier('667771430898');
  expect(d.ambiguous).toBe(true);
  expect(d.candidates.map((c) => c.carrier).sort()).toEqual(['HHTT', 'SF', 'STO', 'YTO', 'ZTO']);
});

test('a 13-digit number from 9 could be 邮政, EMS or 韵达; an old 韵达 number from 3 is 韵达 first, never alone', () => {
  expect(detectCarrier('9876543210123').candidates.map((c) => c.carrier)).toEqual(['YZPY', 'EMS', 'YD']);
  const yunda = detectCarrier('3999043346251');
  expect(yunda.candidates[0].carrier).toBe('YD');
  expect(yunda.ambiguous).toBe(true);
});

test('look-ups that succeeded under one carrier rank it first for the next number with the same prefix', () => {
  const d = detectCarrier('73503399402556');
  expect(numberPrefix(d.number)).toBe('14:7350');
  expect(rankWithLearnedPrefixes(d, { HTKY: 1 })).toEqual(d);
  const learned = rankWithLearnedPrefixes(d, { HTKY: 9, ZTO: 1 });
  expect(learned.candidates.map((c) => c.carrier)).toEqual(['HTKY', 'ZTO']);
  expect(learned.ambiguous).toBe(true);
});

test('a number that fits no carrier has no candidates and is not called ambiguous', () => {
  expect(detectCarrier('ABC123')).toEqual({ number: 'ABC123', candidates: [], ambiguous: false });
});

test('detection never throws, and confidences are in [0, 1] and ranked', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (s) => {
      const { candidates } = detectCarrier(s);
      candidates.forEach((c, i) => {
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        if (i > 0) expect(c.confidence).toBeLessThanOrEqual(candidates[i - 1].confidence);
      });
    }),
  );
});
