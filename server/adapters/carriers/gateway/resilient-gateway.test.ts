import { ManualClock } from '../../system/system-clock';
import { CarrierError, type CarrierGateway, type CarrierTrace } from '../../../ports/carrier-gateway';
import { backoffDelayMs } from '../../../domain/backoff';
import { DEFAULT_RESILIENCE, withFallback, withResilience } from './resilient-gateway';

const silent = { info() {}, warn() {}, error() {} };
const trace = (source: string): CarrierTrace => ({ carrier: 'YTO', waybillNo: 'YT1234567890123', source, events: [] });

/** A source that answers with the scripted outcomes in order. */
function scripted(source: string, outcomes: (CarrierTrace | Error | 'hang')[]) {
  const calls: string[] = [];
  const gateway: CarrierGateway = {
    source,
    query: async (q) => {
      calls.push(q.waybillNo);
      const next = outcomes.shift() ?? trace(source);
      if (next === 'hang') return new Promise<never>(() => undefined);
      if (next instanceof Error) throw next;
      return next;
    },
    recognize: async () => [],
  };
  return { gateway, calls };
}

const q = { carrier: 'YTO', waybillNo: 'YT1234567890123' };

function resilient(inner: CarrierGateway, clock = new ManualClock(0), sleeps: number[] = []) {
  return withResilience(inner, { ...DEFAULT_RESILIENCE, timeoutMs: 50, clock, log: silent, sleep: async (ms) => void sleeps.push(ms) });
}

test.each([
  [0, 300],
  [1, 600],
  [2, 1200],
  [3, 2400],
  [4, 3000],
  [10, 3000],
])('retry %i waits %i ms (doubling, capped)', (attempt, expected) => {
  expect(backoffDelayMs(attempt, DEFAULT_RESILIENCE.backoff)).toBe(expected);
});

test('an outage that clears is retried with backoff and answered', async () => {
  const sleeps: number[] = [];
  const { gateway, calls } = scripted('kdniao', [new CarrierError('UNAVAILABLE', '502'), new Error('socket hang up'), trace('kdniao')]);
  await expect(resilient(gateway, new ManualClock(0), sleeps).query(q)).resolves.toMatchObject({ source: 'kdniao' });
  expect(calls).toHaveLength(3);
  expect(sleeps).toEqual([300, 600]);
});

test('a carrier that never answers times out as UNAVAILABLE', async () => {
  const { gateway } = scripted('kdniao', ['hang', 'hang', 'hang']);
  await expect(resilient(gateway).query(q)).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
});

test('answers about the parcel itself are not retried', async () => {
  const { gateway, calls } = scripted('kdniao', [new CarrierError('NEEDS_PHONE_TAIL', 'SF')]);
  await expect(resilient(gateway).query(q)).rejects.toMatchObject({ kind: 'NEEDS_PHONE_TAIL' });
  expect(calls).toHaveLength(1);
});

test('after repeated outages the circuit opens, fails fast, and closes after the cooldown', async () => {
  const clock = new ManualClock(0);
  const down = Array.from({ length: 15 }, () => new CarrierError('UNAVAILABLE', '503'));
  const { gateway, calls } = scripted('kdniao', down);
  const g = resilient(gateway, clock);
  for (let i = 0; i < 5; i += 1) await expect(g.query(q)).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
  expect(calls).toHaveLength(15);
  await expect(g.query(q)).rejects.toThrow('circuit open');
  expect(calls).toHaveLength(15);
  clock.advance(DEFAULT_RESILIENCE.breaker.cooldownMs);
  await expect(g.query(q)).resolves.toMatchObject({ source: 'kdniao' });
});

test('the secondary source answers when the primary is down, not when the number is wrong', async () => {
  const primary = scripted('kdniao', [new CarrierError('UNAVAILABLE', 'down'), new CarrierError('NOT_FOUND', 'no such number')]);
  const secondary = scripted('kuaidi100', []);
  const g = withFallback(primary.gateway, secondary.gateway);
  await expect(g.query(q)).resolves.toMatchObject({ source: 'kuaidi100' });
  await expect(g.query(q)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  expect(secondary.calls).toHaveLength(1);
});
