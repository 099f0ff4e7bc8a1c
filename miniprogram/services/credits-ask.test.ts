import { beijingDay, shouldAskForMore } from './credits-ask';

const credits = (progress: number) => ({ progress, exception: 1, service: 0 });

test('asks when the parcels on their way outnumber the progress reminders left, and not twice the same day', () => {
  const today = '2026-11-22';
  expect(shouldAskForMore({ credits: credits(1), moving: 2, lastAskedDay: null, today })).toBe(true);
  expect(shouldAskForMore({ credits: credits(1), moving: 2, lastAskedDay: today, today })).toBe(false);
  expect(shouldAskForMore({ credits: credits(1), moving: 2, lastAskedDay: '2026-11-21', today })).toBe(true);
});

test('never asks with enough reminders, or with nothing on its way', () => {
  expect(shouldAskForMore({ credits: credits(2), moving: 2, lastAskedDay: null, today: '2026-11-22' })).toBe(false);
  expect(shouldAskForMore({ credits: credits(0), moving: 0, lastAskedDay: null, today: '2026-11-22' })).toBe(false);
});

test('the day turns at midnight Beijing time', () => {
  expect(beijingDay(Date.parse('2026-11-22T23:59:00+08:00'))).toBe('2026-11-22');
  expect(beijingDay(Date.parse('2026-11-23T00:01:00+08:00'))).toBe('2026-11-23');
});
