import { estimateEta, laneStatsFrom, type EtaInput } from './estimate-eta';

const base: EtaInput = {
  carrier: 'ZTO',
  status: 'IN_TRANSIT',
  carrierEta: null,
  originCity: '广州',
  destCity: '苏州',
  collectedAtMs: Date.parse('2026-11-20T10:00:00+08:00'),
  lastEventMs: Date.parse('2026-11-20T18:00:00+08:00'),
  lane: null,
  nowMs: Date.parse('2026-11-21T09:00:00+08:00'),
};

test('the carrier’s estimate comes first', () => {
  expect(estimateEta({ ...base, carrierEta: { from: '2026-11-23T00:00:00+08:00', to: '2026-11-23T23:59:59+08:00' } })).toEqual({
    from: '2026-11-23T00:00:00+08:00',
    to: '2026-11-23T23:59:59+08:00',
    confidence: 0.8,
    source: 'CARRIER',
  });
});

test('lane statistics from delivered parcels come next, once there are enough', () => {
  const lane = laneStatsFrom([40, 44, 48, 52, 56, 60]);
  expect(lane).toEqual({ samples: 6, p20Hours: 44, p80Hours: 56 });
  expect(estimateEta({ ...base, lane })).toMatchObject({
    from: '2026-11-22T06:00:00+08:00',
    to: '2026-11-22T18:00:00+08:00',
    source: 'LANE_STATS',
  });
  expect(estimateEta({ ...base, lane: laneStatsFrom([40, 44]) })).toMatchObject({ source: 'DEFAULT' });
});

test('defaults by distance: across provinces 2–4 days after collection, within a city 1–2', () => {
  expect(estimateEta(base)).toEqual({
    from: '2026-11-22T09:00:00+08:00',
    to: '2026-11-24T23:59:59+08:00',
    confidence: 0.3,
    source: 'DEFAULT',
  });
  expect(estimateEta({ ...base, destCity: '广州' })).toMatchObject({ from: '2026-11-21T09:00:00+08:00', to: '2026-11-22T23:59:59+08:00' });
});

test('out for delivery means today; delivered parcels have no ETA; a past estimate is never shown', () => {
  expect(estimateEta({ ...base, status: 'OUT_FOR_DELIVERY' })).toMatchObject({ to: '2026-11-21T21:00:00+08:00' });
  expect(estimateEta({ ...base, status: 'DELIVERED' })).toBeNull();
  const late = estimateEta({ ...base, carrierEta: { from: '2026-11-19T00:00:00+08:00', to: '2026-11-20T23:59:59+08:00' } });
  expect(late).toMatchObject({ from: '2026-11-21T09:00:00+08:00', to: '2026-11-21T23:59:59+08:00', confidence: 0.3 });
});
