import { toChinaIso } from './china-time';
import { compareBySlaRisk, newBreaches, nextDue, slaDeadlines, type SlaFacts } from './sla-rules';
import { addWorkingHours, isChinaWorkday } from './working-calendar';

const at = (iso: string) => Date.parse(iso);
const due = (filed: string, type: Parameters<typeof slaDeadlines>[1], repeat = false) => {
  const d = slaDeadlines(at(filed), type, repeat);
  return { firstResponse: toChinaIso(d.firstResponseDueMs), resolution: toChinaIso(d.resolutionDueMs) };
};

describe('the working-day calendar', () => {
  it('knows 春节, 国庆 and the make-up Saturdays of 2025 and 2026', () => {
    expect(isChinaWorkday(at('2025-01-29T12:00:00+08:00'))).toBe(false); // 春节
    expect(isChinaWorkday(at('2025-02-08T12:00:00+08:00'))).toBe(true); // Saturday worked for 春节
    expect(isChinaWorkday(at('2025-10-08T12:00:00+08:00'))).toBe(false); // 国庆
    expect(isChinaWorkday(at('2025-10-11T12:00:00+08:00'))).toBe(true); // Saturday worked for 国庆
    expect(isChinaWorkday(at('2026-02-23T12:00:00+08:00'))).toBe(false); // 春节 2026, a Monday
    expect(isChinaWorkday(at('2026-02-14T12:00:00+08:00'))).toBe(true); // Saturday worked for 春节 2026
  });

  it('reads the day in China time, not the machine zone: 23:30 UTC on 30 September is already 国庆 in China', () => {
    expect(isChinaWorkday(at('2025-09-30T23:30:00Z'))).toBe(false);
    expect(isChinaWorkday(at('2025-09-30T15:59:00Z'))).toBe(true);
  });

  it('stops the clock on days off and runs it again on the next working day', () => {
    expect(toChinaIso(addWorkingHours(at('2026-11-20T18:00:00+08:00'), 24))).toBe('2026-11-23T18:00:00+08:00');
  });
});

describe('SLA deadlines', () => {
  it('a damage complaint filed just before 春节 2025 is due after the holiday, counting the make-up Saturday', () => {
    expect(due('2025-01-27T15:00:00+08:00', 'DAMAGED')).toEqual({
      firstResponse: '2025-02-05T15:00:00+08:00',
      // 9 h on 27 January, 5–8 February (8th a make-up Saturday), then 15 h on Monday the 10th.
      resolution: '2025-02-10T15:00:00+08:00',
    });
  });

  it('a complaint filed in the middle of 春节 2026 starts its clock on the first working day', () => {
    expect(due('2026-02-17T10:00:00+08:00', 'ATTITUDE').firstResponse).toBe('2026-02-25T00:00:00+08:00');
  });

  it('a complaint filed on the make-up Saturday of 国庆 2025 is answered by Monday morning, a plain Saturday by Tuesday', () => {
    expect(due('2025-10-11T09:00:00+08:00', 'DELAY').firstResponse).toBe('2025-10-13T09:00:00+08:00');
    expect(due('2025-10-18T09:00:00+08:00', 'DELAY').firstResponse).toBe('2025-10-21T00:00:00+08:00');
  });

  it('a delay filed on the eve of 国庆 2025 gets 3 working days that skip the whole week off', () => {
    expect(due('2025-09-30T10:00:00+08:00', 'DELAY').resolution).toBe('2025-10-11T10:00:00+08:00');
  });

  it('a repeated complaint is resolved within 48 h, before the 国庆 2026 holiday instead of after it', () => {
    expect(due('2026-09-28T10:00:00+08:00', 'LOST', true).resolution).toBe('2026-09-30T10:00:00+08:00');
    expect(due('2026-09-28T10:00:00+08:00', 'LOST').resolution).toBe('2026-10-10T10:00:00+08:00');
  });

  it('gives investigation types 5 working days and the others 3', () => {
    expect(due('2026-11-23T09:00:00+08:00', 'LOST').resolution).toBe('2026-11-30T09:00:00+08:00');
    expect(due('2026-11-23T09:00:00+08:00', 'ATTITUDE').resolution).toBe('2026-11-26T09:00:00+08:00');
  });
});

describe('breaches', () => {
  const filed = at('2026-11-23T09:00:00+08:00');
  const facts = (over: Partial<SlaFacts> = {}): SlaFacts => ({
    ...slaDeadlines(filed, 'DAMAGED', false),
    firstRespondedAtMs: null,
    resolvedAtMs: null,
    breached: [],
    ...over,
  });

  it('none while the deadlines are ahead', () => {
    expect(newBreaches(facts(), at('2026-11-24T08:59:00+08:00'))).toEqual([]);
  });

  it('a first response not given within 24 h is a breach', () => {
    expect(newBreaches(facts(), at('2026-11-24T09:01:00+08:00'))).toEqual([
      { kind: 'FIRST_RESPONSE', dueAtMs: at('2026-11-24T09:00:00+08:00') },
    ]);
  });

  it('a late answer is still recorded as a breach when the timer comes by after it', () => {
    const late = facts({ firstRespondedAtMs: at('2026-11-24T10:00:00+08:00') });
    expect(newBreaches(late, at('2026-11-24T11:00:00+08:00')).map((b) => b.kind)).toEqual(['FIRST_RESPONSE']);
  });

  it('a breach already recorded is not recorded again', () => {
    expect(newBreaches(facts({ breached: ['FIRST_RESPONSE'] }), at('2026-11-24T10:00:00+08:00'))).toEqual([]);
  });

  it('a resolution on time also answers the first-response clock', () => {
    const resolved = facts({ resolvedAtMs: at('2026-11-23T20:00:00+08:00') });
    expect(newBreaches(resolved, at('2026-12-30T00:00:00+08:00'))).toEqual([]);
    expect(nextDue(resolved)).toBeNull();
  });

  it('the queue puts the nearest open deadline first and answered cases last', () => {
    const a = { ...facts(), filedAtMs: filed }; // first response due 24 Nov 09:00
    const b = { ...facts({ firstRespondedAtMs: filed + 1000 }), filedAtMs: filed - 1000 }; // resolution due 30 Nov
    const c = { ...facts({ resolvedAtMs: filed + 2000 }), filedAtMs: filed - 2000 };
    expect([c, b, a].sort(compareBySlaRisk)).toEqual([a, b, c]);
  });
});
