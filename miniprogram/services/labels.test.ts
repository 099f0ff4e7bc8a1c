import { beijingTime, etaText, shortTime } from './labels';

test('an ETA on one day reads as that day, a range as both ends', () => {
  expect(etaText({ from: '2026-11-24T09:00:00+08:00', to: '2026-11-24T21:00:00+08:00', confidence: 0.8, source: 'CARRIER' })).toBe(
    '预计 11月24日 送达',
  );
  expect(etaText({ from: '2026-11-24T00:00:00+08:00', to: '2026-11-26T23:59:59+08:00', confidence: 0.3, source: 'DEFAULT' })).toBe(
    '预计 11月24日–11月26日 送达',
  );
});

test('event times show in Beijing time as sent', () => {
  expect(shortTime('2026-01-05T07:03:00+08:00')).toBe('01-05 07:03');
});

test('times on 服务通知 cards read in Beijing time', () => {
  expect(beijingTime(Date.parse('2026-11-22T10:05:00+08:00'))).toBe('11-22 10:05');
  expect(beijingTime(Date.parse('2026-11-22T23:30:00+08:00'))).toBe('11-22 23:30');
});
