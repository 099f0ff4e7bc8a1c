import type { Milestone, TrackingEvent } from '../../../types';
import { fitKeyword, keywordType } from './keyword-limits';
import { newMilestones, templateFor } from './milestones';
import { nextCheckAt, HORIZON } from './next-check';
import { shouldPush } from './notification-policy';
import { MILESTONE_TEXT } from './message-text';
import { subscribeTemplatesSchema, loadSubscribeTemplates } from '../../../config/subscribe-templates';

const ev = (time: string, status: TrackingEvent['status'], text: string = status): TrackingEvent => ({
  time,
  status,
  reason: null,
  text,
  city: null,
  courier: null,
  rawCode: null,
});

describe('keyword values fit WeChat’s limits (47003 otherwise)', () => {
  test('every keyword type our templates use is trimmed to its limit', () => {
    const used = new Set(
      Object.values(loadSubscribeTemplates('local', {})).flatMap((t) => Object.keys(t.keywords).map((k) => keywordType(k))),
    );
    expect([...used].sort()).toEqual(['character_string', 'phrase', 'thing', 'time']);
    expect(fitKeyword('thing', '【苏州市】江苏苏州工业园区公司 快递员 王翔正在为您派件，请保持电话畅通')).toBe(
      '【苏州市】江苏苏州工业园区公司 快递员…',
    );
    expect(Array.from(fitKeyword('thing', '很'.repeat(40)))).toHaveLength(20);
    expect(fitKeyword('character_string', 'YT7530129834561 圆通')).toBe('YT7530129834561');
    expect(fitKeyword('character_string', 'A'.repeat(40))).toHaveLength(32);
    expect(fitKeyword('phrase', '超时未签收!')).toBe('超时未签收');
    expect(fitKeyword('phrase', '派送中1')).toBe('派送中');
    expect(fitKeyword('time', '2026年11月22日 10:05')).toBe('2026年11月22日 10:05');
  });

  test('every milestone’s status phrase is at most 5 pure 汉字', () => {
    for (const { phrase } of Object.values(MILESTONE_TEXT)) expect(phrase).toMatch(/^[\u4e00-\u9fa5]{1,5}$/);
  });

  test('other types keep to their limits too', () => {
    expect(fitKeyword('name', '欧阳'.repeat(8))).toHaveLength(10);
    expect(fitKeyword('phone_number', '+86 (0512) 6688-1234 转 8')).toBe('+8605126688-12348');
    expect(fitKeyword('number', '12.5 kg')).toBe('12.5');
    expect(fitKeyword('symbol', '★★★★★★好')).toBe('★★★★★');
  });

  test('a template with a misspelt keyword or no id stops the start', () => {
    expect(() =>
      subscribeTemplatesSchema.parse({
        progress: { templateId: 'x', keywords: { thingg1: 'status' } },
        exception: { templateId: 'x', keywords: {} },
        service: { templateId: 'x', keywords: {} },
      }),
    ).toThrow();
    expect(() => loadSubscribeTemplates('cloud', {})).toThrow('template id missing');
  });
});

describe('milestones', () => {
  const before = { events: [ev('2026-11-21T10:00:00+08:00', 'COLLECTED')], alerts: [] };
  test('only what is new since the last snapshot, oldest first, alerts included', () => {
    const after = {
      events: [
        ev('2026-11-22T09:00:00+08:00', 'OUT_FOR_DELIVERY'),
        ev('2026-11-22T06:00:00+08:00', 'IN_TRANSIT'),
        ev('2026-11-22T05:00:00+08:00', 'ARRIVED_DEST_CITY'),
        ...before.events,
      ],
      alerts: ['OVERDUE' as const],
    };
    expect(newMilestones(before, after, 0).map((h) => h.milestone)).toEqual(['ARRIVED_DEST_CITY', 'OUT_FOR_DELIVERY', 'OVERDUE']);
    expect(newMilestones(after, after, 0)).toEqual([]);
  });

  test('a second delivery attempt in one trace is one milestone', () => {
    const after = {
      events: [
        ev('2026-11-22T15:00:00+08:00', 'OUT_FOR_DELIVERY', 'b'),
        ev('2026-11-22T09:00:00+08:00', 'OUT_FOR_DELIVERY', 'a'),
        ...before.events,
      ],
      alerts: [],
    };
    expect(newMilestones(before, after, 0).map((h) => h.milestone)).toEqual(['OUT_FOR_DELIVERY']);
  });

  test('trouble goes with the exception template, progress with the progress one', () => {
    expect(templateFor('EXCEPTION')).toBe('exception');
    expect(templateFor('PICKUP_OVERDUE')).toBe('exception');
    expect(templateFor('DELIVERED')).toBe('progress');
  });
});

describe('credit policy: each parcel still moving keeps a progress credit for its key moment', () => {
  const push = (milestone: Milestone, credits: number, othersAwaiting: number, selfAwaiting = true) =>
    shouldPush({ milestone, credits, othersAwaiting, selfAwaiting });

  test('待取件 (with its pickup code) may spend the very last credit, even when other parcels are still moving', () => {
    expect(push('AWAITING_PICKUP', 1, 5)).toBe(true);
    expect(push('AWAITING_PICKUP', 0, 0)).toBe(false);
  });

  test('已签收 and 已退回 leave one credit for every other parcel still on its way', () => {
    expect(push('DELIVERED', 2, 2)).toBe(false);
    expect(push('DELIVERED', 3, 2)).toBe(true);
    expect(push('RETURNED', 1, 0)).toBe(true);
  });

  test('到达城市, 派送中 and 已揽收 spend only what is left once every moving parcel, this one included, is covered', () => {
    expect(push('ARRIVED_DEST_CITY', 3, 2)).toBe(false);
    expect(push('OUT_FOR_DELIVERY', 4, 2)).toBe(true);
    expect(push('COLLECTED', 1, 0)).toBe(false);
    // a parcel already in the locker holds no reserve of its own
    expect(push('OUT_FOR_DELIVERY', 1, 0, false)).toBe(true);
  });

  test('异常 and alerts draw on the exception template, which nothing less urgent uses', () => {
    expect(push('EXCEPTION', 1, 9)).toBe(true);
    expect(push('PICKUP_OVERDUE', 1, 9)).toBe(true);
    expect(push('STALE', 0, 0)).toBe(false);
  });
});

describe('adaptive schedule', () => {
  const now = Date.parse('2026-11-22T10:00:00+08:00');
  const base = { nowMs: now, followedAtMs: now - 3600_000, lastChangeAtMs: now - 3600_000, pushSubscribed: false };
  test.each([
    ['OUT_FOR_DELIVERY', 10],
    ['ARRIVED_DEST_CITY', 20],
    ['IN_TRANSIT', 90],
    ['EXCEPTION', 60],
  ] as const)('%s: next check in %i minutes', (status, minutes) => {
    expect(nextCheckAt({ ...base, status })).toBe(now + minutes * 60_000);
  });

  test('rarely when nothing moved for a day; the push subscription makes polling a 6-hour fallback', () => {
    expect(nextCheckAt({ ...base, status: 'IN_TRANSIT', lastChangeAtMs: now - 30 * 3600_000 })).toBe(now + 6 * 3600_000);
    expect(nextCheckAt({ ...base, status: 'OUT_FOR_DELIVERY', pushSubscribed: true })).toBe(now + 6 * 3600_000);
    expect(nextCheckAt({ ...base, status: 'AWAITING_PICKUP', lastChangeAtMs: now - 30 * 3600_000 })).toBe(now + 12 * 3600_000);
  });

  test('never after the final state; gives up past the horizon', () => {
    expect(nextCheckAt({ ...base, status: 'DELIVERED' })).toBeNull();
    expect(nextCheckAt({ ...base, status: 'IN_TRANSIT', lastChangeAtMs: now - HORIZON.sinceLastChange - 1 })).toBeNull();
    expect(nextCheckAt({ ...base, status: 'IN_TRANSIT', followedAtMs: now - HORIZON.sinceFollowed - 1 })).toBeNull();
  });
});
