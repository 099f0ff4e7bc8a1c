import type { CarrierCandidate } from '../../../../types';
import { normalizeTrace } from '../../../domain/tracking/normalize-trace';
import { computeAlerts } from '../../../domain/tracking/parcel-alerts';
import type { CarrierQuery } from '../../../ports/carrier-gateway';
import type { DocStore } from '../../../ports/doc-store';
import { SqliteDocStore } from '../../sqlite/sqlite-doc-store';
import { HOUR, planJourney, SANDBOX_SCENARIOS, type ScenarioDigit } from './journeys';
import { createSandboxCarrier, SANDBOX_JOURNEYS } from './sandbox-carrier';

const START = Date.parse('2026-11-22T10:00:00+08:00');
const DAY = 24 * HOUR;
const CANDIDATES: CarrierCandidate[] = [{ carrier: 'YTO', name: '圆通速递', confidence: 0.9 }];

function setup({ speed = 1, start = START, store = new SqliteDocStore(':memory:') as DocStore } = {}) {
  let t = start;
  const clock = { now: () => t };
  const carrier = createSandboxCarrier({ clock, store, speed, recognize: () => CANDIDATES });
  return {
    carrier,
    store,
    advance: (ms: number) => void (t += ms),
    ask: (waybillNo: string, q: Partial<CarrierQuery> = {}) => carrier.query({ carrier: 'YTO', waybillNo, ...q }),
  };
}

const yto = (digit: string) => `YT753012983456${digit}`;
const times = (events: { time: string }[]) => events.map((e) => Date.parse(e.time));

test('the first look-up already shows the order and the collection, in +08:00, oldest first', async () => {
  const { ask } = setup();
  const first = await ask(yto('1'));
  expect(first.source).toBe('sandbox');
  expect(first.events.length).toBeGreaterThanOrEqual(2);
  expect(first.events.length).toBeLessThanOrEqual(4);
  expect(first.events[0].text).toContain('已下单');
  expect(first.events[1].text).toContain('已揽收');
  expect(first.events.every((e) => /^2026-11-2\dT\d\d:\d\d:\d\d\+08:00$/.test(e.time) && e.code === undefined)).toBe(true);
  expect(Math.max(...times(first.events))).toBeLessThanOrEqual(START);
});

test('advancing the clock reveals the later events in order, keeping the earlier ones', async () => {
  const { ask, advance } = setup();
  const first = await ask(yto('1'));
  advance(12 * HOUR);
  const middle = await ask(yto('1'));
  advance(5 * DAY);
  const end = await ask(yto('1'));
  expect(middle.events.length).toBeGreaterThan(first.events.length);
  expect(middle.events.slice(0, first.events.length)).toEqual(first.events);
  expect(end.events.slice(0, middle.events.length)).toEqual(middle.events);
  expect(end.events.map((e) => e.text)).toEqual(planJourney(yto('1'), 'YTO').events.map((e) => e.text));
  const ts = times(end.events);
  ts.slice(1).forEach((x, k) => expect(x).toBeGreaterThanOrEqual(ts[k]));
  expect(end.events[end.events.length - 1].text).toContain('签收人：本人');
});

test('another first look-up time only shifts the times; texts and cities stay', async () => {
  const a = setup();
  const b = setup({ start: START + 3 * DAY + 17 * 60_000 });
  a.advance(6 * DAY);
  b.advance(6 * DAY);
  const [ta, tb] = [await a.ask(yto('3')), await b.ask(yto('3'))];
  expect(tb.events.map((e) => e.text)).toEqual(ta.events.map((e) => e.text));
  expect(times(tb.events).map((x, k) => x - times(ta.events)[k])).toEqual(ta.events.map(() => 3 * DAY + 17 * 60_000));
});

test('the journey is anchored once, in sandbox_journeys, so later look-ups keep it', async () => {
  const { ask, advance, store } = setup();
  await ask(yto('2'));
  advance(HOUR);
  await ask(yto('2'));
  await expect(store.get(SANDBOX_JOURNEYS, `YTO:${yto('2')}`)).resolves.toMatchObject({ anchorMs: START });
});

test('two first look-ups at once agree on one journey', async () => {
  const { ask, store } = setup();
  const [a, b] = await Promise.all([ask(yto('1')), ask(yto('1'))]);
  expect(a.events).toEqual(b.events);
  await expect(store.count(SANDBOX_JOURNEYS)).resolves.toBe(1);
});

test('a look-up that loses the race to insert the anchor reads the winner back', async () => {
  const real = new SqliteDocStore(':memory:');
  await real.insert(SANDBOX_JOURNEYS, { _id: `YTO:${yto('1')}`, anchorMs: START - 4 * DAY });
  let misses = 1; // the first read happens before the other look-up's insert lands
  const racing: DocStore = Object.assign(Object.create(real) as DocStore, {
    get: async <T extends object>(c: string, id: string) => (misses-- > 0 ? null : real.get<T>(c, id)),
  });
  const { ask } = setup({ store: racing });
  const trace = await ask(yto('1'));
  expect(trace.events[trace.events.length - 1].text).toContain('签收人：本人'); // anchored four days ago: done
});

test.each(Object.entries(SANDBOX_SCENARIOS))('scenario %s reaches its ending: %o', async (digit, scenario) => {
  const { ask, advance } = setup();
  const no = yto(digit);
  const seen = new Set<string>();
  for (let h = 0; h <= 10 * 24; h += 2) {
    const n = normalizeTrace(await ask(no));
    computeAlerts({ status: n.status, events: n.events, nowMs: START + h * HOUR }).forEach((a) => seen.add(a));
    n.events.forEach((e) => e.reason && seen.add(e.reason));
    advance(2 * HOUR);
  }
  const end = normalizeTrace(await ask(no));
  expect(end.status).toBe(scenario.ending);
  if (scenario.trouble) expect(seen).toContain(scenario.trouble);
  if (scenario.alert) expect(seen).toContain(scenario.alert);
  expect(end.events.map((e) => e.status)).toContain('OUT_FOR_DELIVERY');
  expect(end.destCity).toBe(planJourney(no, 'YTO').dest.city);
});

test.each([
  ['4', /退回寄件人/, /退回件已签收，签收人：寄件人/],
  ['5', /外包装破损/, /内件破损，未予签收/],
  ['9', /请凭取件码/, /存放超过3天/],
])('scenario %s ends by keyword', async (digit, onTheWay, ending) => {
  const { ask, advance } = setup();
  await ask(yto(digit));
  advance(10 * DAY);
  const texts = (await ask(yto(digit))).events.map((e) => e.text);
  expect(texts.join('\n')).toMatch(onTheWay);
  expect(texts[texts.length - 1]).toMatch(ending);
});

test('the courier is named on the trace once out for delivery, not before', async () => {
  const { ask, advance } = setup();
  expect((await ask(yto('1'))).courier).toBeUndefined();
  advance(5 * DAY);
  const { courier } = planJourney(yto('1'), 'YTO');
  const trace = await ask(yto('1'));
  expect(trace.courier).toEqual(courier);
  expect(trace.events.map((e) => e.text).join()).toContain(`快递员 ${courier.name}（${courier.phone}）正在为您派件`);
});

test('speed 60 plays a three-day journey in about 1.2 hours', async () => {
  const { ask, advance } = setup({ speed: 60 });
  const first = await ask(yto('1'));
  expect(first.events[1].text).toContain('已揽收');
  const lastH = planJourney(yto('1'), 'YTO').events.at(-1)!.h;
  advance(1.2 * HOUR);
  const end = await ask(yto('1'));
  expect(end.events.at(-1)!.text).toContain('签收人：本人');
  const span = times(end.events).at(-1)! - times(end.events)[1]; // collection → signature
  expect(Math.abs(span - (lastH * HOUR) / 60)).toBeLessThanOrEqual(1000);
  expect(span).toBeLessThanOrEqual(1.2 * HOUR);
});

test('about half the numbers carry an estimate: the whole planned delivery day, +08:00', async () => {
  const { ask } = setup();
  const traces = await Promise.all(Array.from({ length: 40 }, (_, i) => ask(`YT7530129${String(100000 + i * 101)}`)));
  const withEta = traces.filter((t) => t.eta);
  expect(withEta.length).toBeGreaterThan(10);
  expect(withEta.length).toBeLessThan(30);
  for (const { eta } of withEta) {
    expect(eta!.from).toMatch(/^2026-11-2\dT00:00:00\+08:00$/);
    expect(eta!.to).toBe(`${eta!.from.slice(0, 10)}T23:59:59+08:00`);
  }
});

test('SF and ZTO need the phone tail; 0000 is wrong; any other four digits work; YTO needs none', async () => {
  const { ask } = setup();
  for (const carrier of ['SF', 'ZTO']) {
    await expect(ask('SF1234567890123', { carrier })).rejects.toMatchObject({ kind: 'NEEDS_PHONE_TAIL' });
    await expect(ask('SF1234567890123', { carrier, phoneTail: '0000' })).rejects.toMatchObject({ kind: 'WRONG_PHONE_TAIL' });
    await expect(ask('SF1234567890123', { carrier, phoneTail: '5678' })).resolves.toMatchObject({ carrier, source: 'sandbox' });
  }
  await expect(ask(yto('1'))).resolves.toMatchObject({ carrier: 'YTO' });
});

test('an unknown carrier code is NOT_FOUND', async () => {
  await expect(setup().ask(yto('1'), { carrier: 'NOPE' })).rejects.toMatchObject({ name: 'CarrierError', kind: 'NOT_FOUND' });
});

test('numbers ending 00 have no trace yet; ending 99 the carrier is down', async () => {
  const { ask, advance } = setup();
  advance(10 * DAY);
  await expect(ask('YT7530129834500')).resolves.toEqual({ carrier: 'YTO', waybillNo: 'YT7530129834500', source: 'sandbox', events: [] });
  await expect(ask('YT7530129834599')).rejects.toMatchObject({ name: 'CarrierError', kind: 'UNAVAILABLE' });
});

test('recognize answers with the injected local detection', async () => {
  await expect(setup().carrier.recognize('YT7530129834561')).resolves.toEqual(CANDIDATES);
});

test.each(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as ScenarioDigit[])(
  'scenario %s texts name a city the normalizer knows',
  (digit) => {
    const j = planJourney(yto(digit), 'YTO');
    const n = normalizeTrace({
      carrier: 'YTO',
      waybillNo: yto(digit),
      source: 'sandbox',
      events: j.events.map((e, k) => ({ time: new Date(START + k * HOUR).toISOString(), text: e.text })),
    });
    expect(n.events.every((e) => e.city !== null && e.status !== 'UNKNOWN')).toBe(true);
    expect([n.originCity, n.destCity]).toEqual([j.origin.city, j.dest.city]);
  },
);
