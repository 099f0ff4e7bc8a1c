import { timeText } from './labels';

test('staff read times in China time, whatever zone the browser is in (jest runs in UTC here)', () => {
  expect(timeText('2026-11-23T04:45:00Z')).toBe('11-23 12:45');
  expect(timeText('2026-11-23T12:45:00+08:00')).toBe('11-23 12:45');
  // New Year's night in Beijing is still the old year in UTC: the year shown is Beijing's.
  expect(timeText('2024-12-31T17:30:00Z')).toBe('2025-01-01 01:30');
  expect(timeText(null)).toBe('—');
});
