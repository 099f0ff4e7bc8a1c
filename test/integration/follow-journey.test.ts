import { SqliteDocStore } from '../../server/adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../server/adapters/system/system-clock';
import { LOCAL_INBOX, type InboxRecord } from '../../server/adapters/wechat/local-inbox-notifier';
import { createAllFunctions, createAllHttp, createAllTimers } from '../../server/functions';
import { createSandboxCarrier } from '../../server/adapters/carriers/sandbox';
import { detectCarrier } from '../../server/domain/tracking/detect-carrier';
import type { AppDeps } from '../../server/functions/deps';
import { TEST_CARRIER_ENV as env, testDeps } from '../support/app-deps';
import { checkReply } from '../support/contract';
import { MAX_BINDINGS, createBindingRepository } from '../../server/use-cases/follow/binding.repository';
import { kdniaoPushBody } from '../support/vendor-pushes';
import { beijingIso } from '../../types/time';

const HOUR = 3600_000;
const NO = 'YT7530129834561'; // sandbox: normal delivery

function product(overrides: Partial<AppDeps> & { clock?: ManualClock; store?: SqliteDocStore } = {}) {
  const deps = testDeps(overrides);
  const { clock, store, carriers } = deps;
  const fns = createAllFunctions(deps);
  const call = async (name: keyof typeof fns, body: unknown, openid: string) => {
    const reply = checkReply(name, await fns[name](body, { openid }));
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
    return reply.data as never;
  };
  return { clock, store, carriers, call, monitor: createAllTimers(deps).monitor, push: createAllHttp(deps).carrierPush };
}

/** A KDNiao 102 push carrying the full trace, signed as KDNiao signs it (docs/reference/carriers.md §1.8). */
function kdniaoPush(trace: { events: { time: string; text: string }[] }): string {
  const data = {
    EBusinessID: env.KDNIAO_EBUSINESS_ID,
    PushTime: '2026-11-23 12:00:00',
    Count: 1,
    Data: [
      {
        ShipperCode: 'YTO',
        LogisticCode: NO,
        Success: true,
        State: '2',
        Traces: trace.events.map((e) => ({
          AcceptTime: beijingIso(Date.parse(e.time)).slice(0, 19).replace('T', ' '),
          AcceptStation: e.text,
        })),
      },
    ],
  };
  return kdniaoPushBody(data, env.KDNIAO_APP_KEY);
}

async function inbox(store: SqliteDocStore, openid: string): Promise<string[]> {
  const items = await store.find<InboxRecord>(LOCAL_INBOX, { where: { openid }, orderBy: [{ field: 'sentAtMs', direction: 'asc' }] });
  return items.map((i) => i.data.phrase3.value);
}

test('two followers with different credits get exactly what the policy allows, in order, once — through overlapping runs and a thrice-sent callback', async () => {
  const p = product();
  await p.call('reportSubscription', { results: { progress: 'accept', exception: 'accept' } }, 'alice');
  for (let i = 0; i < 4; i += 1) await p.call('reportSubscription', { results: { progress: 'accept' } }, 'alice');
  await p.call('reportSubscription', { results: { progress: 'accept', exception: 'reject' } }, 'bob');

  await p.call('bindParcel', { waybillNo: NO, remark: '给妈妈的药' }, 'alice');
  await p.call('bindParcel', { waybillNo: NO }, 'bob');

  let pushedThrice = false;
  for (let step = 0; step < 5 * 48; step += 1) {
    p.clock.advance(HOUR / 2);
    await Promise.all([p.monitor({ name: 'monitor', firedAtMs: p.clock.now() }), p.monitor({ name: 'monitor', firedAtMs: p.clock.now() })]);
    const trace = await p.carriers.query({ carrier: 'YTO', waybillNo: NO });
    if (!pushedThrice && trace.events.some((e) => e.text.includes('正在为您派件'))) {
      const body = kdniaoPush(trace);
      for (let i = 0; i < 3; i += 1) expect((await p.push({ vendor: 'kdniao', rawBody: body, headers: {} })).status).toBe(200);
      pushedThrice = true;
    }
  }
  expect(pushedThrice).toBe(true);
  expect(await p.store.count('seen_pushes')).toBe(1); // verified once, then recognised as replays

  // Alice had 5 progress credits for one parcel: plenty, so every milestone after she followed was pushed.
  expect(await inbox(p.store, 'alice')).toEqual(['到达城市', '派送中', '已签收']);
  // Bob had 1: it was kept for the parcel's key moment, 已签收; nothing without a credit.
  expect(await inbox(p.store, 'bob')).toEqual(['已签收']);

  const aliceMessages: { items: { milestone: string; pushed: boolean; remark: string }[] } = await p.call('listMessages', {}, 'alice');
  const bobMessages: { items: { milestone: string; pushed: boolean }[] } = await p.call('listMessages', {}, 'bob');
  expect(aliceMessages.items.map((m) => [m.milestone, m.pushed]).reverse()).toEqual([
    ['ARRIVED_DEST_CITY', true],
    ['OUT_FOR_DELIVERY', true],
    ['DELIVERED', true],
  ]);
  expect(aliceMessages.items[0].remark).toBe('给妈妈的药');
  expect(bobMessages.items.map((m) => [m.milestone, m.pushed]).reverse()).toEqual([
    ['ARRIVED_DEST_CITY', false],
    ['OUT_FOR_DELIVERY', false],
    ['DELIVERED', true],
  ]);

  const alice: { credits: Record<string, number> } = await p.call('listParcels', {}, 'alice');
  const bob: { credits: Record<string, number>; items: { parcel: { status: string } }[] } = await p.call('listParcels', {}, 'bob');
  expect(alice.credits).toEqual({ progress: 2, exception: 1, service: 0 });
  expect(bob.credits).toEqual({ progress: 0, exception: 0, service: 0 });
  expect(bob.items.map((i) => i.parcel.status)).toEqual(['DELIVERED']);
});

async function passDays(p: ReturnType<typeof product>, days: number) {
  for (let step = 0; step < days * 24; step += 1) {
    p.clock.advance(HOUR);
    await p.monitor({ name: 'monitor', firedAtMs: p.clock.now() });
  }
}

test('regression (issue 9): three progress credits and three parcels that end in a locker — all three 待取件 are pushed, not 到达城市 or 派送中', async () => {
  const p = product();
  const lockers = ['YT7530129834569', 'YT7530129834579', 'YT7530129834589']; // sandbox: left in a 驿站
  for (const no of lockers) {
    await p.call('reportSubscription', { results: { progress: 'accept', exception: 'accept' } }, 'carol');
    await p.call('bindParcel', { waybillNo: no }, 'carol');
  }
  await passDays(p, 8);

  const pushed = await p.store.find<InboxRecord>(LOCAL_INBOX, { where: { openid: 'carol' }, limit: 100 });
  const pickups = pushed.filter((i) => i.data.phrase3.value === '待取件');
  expect(pickups.map((i) => i.data.character_string1.value).sort()).toEqual(lockers);
  expect(pushed.some((i) => ['到达城市', '派送中'].includes(i.data.phrase3.value))).toBe(false);
  const messages: { items: { milestone: string; pushed: boolean; body: string }[] } = await p.call('listMessages', {}, 'carol');
  const pickupMessages = messages.items.filter((m) => m.milestone === 'AWAITING_PICKUP');
  expect(pickupMessages).toHaveLength(3);
  expect(pickupMessages.every((m) => m.pushed && /取件码/.test(m.body))).toBe(true);
});

test('a follower with credits to spare hears 到达城市 and 派送中 too, once every parcel’s key moment is covered', async () => {
  const p = product();
  for (let i = 0; i < 3; i += 1) await p.call('reportSubscription', { results: { progress: 'accept' } }, 'dan');
  await p.call('bindParcel', { waybillNo: NO }, 'dan');
  await passDays(p, 6);
  expect(await inbox(p.store, 'dan')).toEqual(['到达城市', '派送中', '已签收']);
});

test('a user sees only their own parcels and remarks, and cannot touch anyone else’s', async () => {
  const p = product();
  await p.call('bindParcel', { waybillNo: NO, remark: '我的' }, 'alice');
  const bob: { items: unknown[] } = await p.call('listParcels', {}, 'bob');
  expect(bob.items).toEqual([]);
  await expect(p.call('updateParcel', { parcelId: `YTO:${NO}`, remark: '改掉' }, 'bob')).rejects.toThrow('NOT_FOUND');
  const unbound: { removed: boolean } = await p.call('unbindParcel', { parcelId: `YTO:${NO}` }, 'bob');
  expect(unbound.removed).toBe(false);
  const alice: { items: { remark: string }[] } = await p.call('listParcels', {}, 'alice');
  expect(alice.items.map((i) => i.remark)).toEqual(['我的']);
});

test('with an aggregator that pushes, following subscribes the parcel there and polling becomes a 6-hour fallback', async () => {
  const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
  const store = new SqliteDocStore(':memory:');
  const sandbox = createSandboxCarrier({ clock, store, recognize: (no) => detectCarrier(no).candidates });
  const subscribed: string[] = [];
  const carriers = {
    ...sandbox,
    source: 'kdniao',
    // KDNiao answers a subscription with its own estimate.
    subscribe: async (q: { waybillNo: string }, url: string) => {
      subscribed.push(`${q.waybillNo} ${url}`);
      return { eta: { from: '2026-11-25T00:00:00+08:00', to: '2026-11-25T23:59:59+08:00' } };
    },
  };
  const p = product({ clock, store, carriers, pushCallbackUrl: 'https://example.com/carrier-push?vendor={vendor}' });
  await p.call('bindParcel', { waybillNo: NO }, 'alice');
  await p.call('bindParcel', { waybillNo: NO }, 'bob');
  expect(subscribed).toEqual([`${NO} https://example.com/carrier-push?vendor={vendor}`]);
  const parcel = await store.get<{ monitor: { pushSubscribed: boolean; nextCheckAtMs: number; followers: number } }>(
    'parcels',
    `YTO:${NO}`,
  );
  expect(parcel?.monitor).toMatchObject({ pushSubscribed: true, followers: 2, nextCheckAtMs: clock.now() + 6 * HOUR });
  // Kept for the next records of a trace that brings no estimate of its own.
  expect(await store.get('parcels', `YTO:${NO}`)).toMatchObject({ carrierEta: { from: '2026-11-25T00:00:00+08:00' } });
});

test('regression: a validly signed push carrying an older state after 已签收 turned the parcel back to in transit, raised 超时未更新 and spent a credit', async () => {
  const p = product();
  await p.call('reportSubscription', { results: { progress: 'accept', exception: 'accept' } }, 'alice');
  await p.call('bindParcel', { waybillNo: NO }, 'alice');
  // The carrier pushes the whole journey once it is delivered.
  p.clock.advance(5 * 24 * HOUR);
  const full = await p.carriers.query({ carrier: 'YTO', waybillNo: NO });
  expect((await p.push({ vendor: 'kdniao', rawBody: kdniaoPush(full), headers: {} })).status).toBe(200);
  const before: { items: { parcel: { status: string; alerts: string[]; events: unknown[] } }[]; credits: Record<string, number> } =
    await p.call('listParcels', {}, 'alice');
  expect(before.items[0].parcel).toMatchObject({ status: 'DELIVERED', alerts: [] });
  const messagesBefore = await p.store.count('messages', { openid: 'alice' });

  // Days later a retried, older push arrives: the first three checkpoints only.
  p.clock.advance(3 * 24 * HOUR);
  expect((await p.push({ vendor: 'kdniao', rawBody: kdniaoPush({ events: full.events.slice(0, 3) }), headers: {} })).status).toBe(200);

  const after: typeof before = await p.call('listParcels', {}, 'alice');
  expect(after.items[0].parcel).toMatchObject({ status: 'DELIVERED', alerts: [] });
  expect(after.items[0].parcel.events).toEqual(before.items[0].parcel.events);
  expect(after.credits).toEqual(before.credits);
  expect(await p.store.count('messages', { openid: 'alice' })).toBe(messagesBefore);
});

test('the phone tail a follower gives is sealed at rest, and the monitor still polls a carrier that needs it', async () => {
  const p = product();
  const SF = 'SF1234567890121';
  await p.call('bindParcel', { waybillNo: SF, phoneTail: '4821' }, 'alice');
  const stored = JSON.stringify(await p.store.get('parcels', `SF:${SF}`));
  expect(stored).not.toContain('4821');
  for (let step = 0; step < 5 * 24; step += 1) {
    p.clock.advance(HOUR);
    await p.monitor({ name: 'monitor', firedAtMs: p.clock.now() });
  }
  const mine: { items: { parcel: { status: string } }[] } = await p.call('listParcels', {}, 'alice');
  expect(mine.items[0].parcel.status).toBe('DELIVERED');
});

test('SF and ZTO are followed with the phone tail the look-up used; the digits stay on the server and the monitor polls with them', async () => {
  const p = product();
  await expect(p.call('bindParcel', { waybillNo: 'SF1234567890121' }, 'erin')).rejects.toThrow('NEEDS_PHONE_TAIL');
  const replies = [
    await p.call('bindParcel', { waybillNo: 'SF1234567890121', carrier: 'SF', phoneTail: '8642' }, 'erin'),
    await p.call('bindParcel', { waybillNo: '73190553102531', carrier: 'ZTO', phoneTail: '9753' }, 'erin'),
    await p.call('listParcels', {}, 'erin'),
    await p.call('lookup', { waybillNo: 'SF1234567890121' }, 'erin'),
  ];
  const list = replies[2] as { items: { parcel: { carrier: string } }[] };
  expect(list.items.map((i) => i.parcel.carrier).sort()).toEqual(['SF', 'ZTO']);
  expect(replies[3]).toMatchObject({ following: true, needsPhoneTail: null });
  for (const reply of replies) expect(JSON.stringify(reply)).not.toMatch(/8642|9753|"phoneTail/);

  await passDays(p, 5);
  const after: { items: { parcel: { status: string } }[] } = await p.call('listParcels', {}, 'erin');
  expect(after.items.map((i) => i.parcel.status)).toEqual(['DELIVERED', 'DELIVERED']);
});

test(`a user follows at most ${MAX_BINDINGS} parcels: one more is refused in Chinese, one already followed can still be updated`, async () => {
  const p = product();
  await p.call('bindParcel', { waybillNo: NO }, 'alice');
  // The rest of the quota filled directly: following 200 parcels one by one adds nothing to the test.
  const bindings = createBindingRepository(p.store);
  for (let i = 1; i < MAX_BINDINGS; i += 1) {
    await bindings.insert({
      openid: 'alice',
      parcelId: `YTO:YT${String(8000000000000 + i)}`,
      remark: '',
      archived: false,
      followedAtMs: 0,
      seenAtMs: 0,
    });
  }
  await expect(p.call('bindParcel', { waybillNo: 'YT7530129834562' }, 'alice')).rejects.toThrow(
    /NOT_ALLOWED_IN_STATE 最多同时关注 200 个包裹/,
  );
  await expect(p.call('bindParcel', { waybillNo: NO, remark: '还是它' }, 'alice')).resolves.toMatchObject({ item: { remark: '还是它' } });
  await expect(p.call('bindParcel', { waybillNo: 'YT7530129834562' }, 'bob')).resolves.toMatchObject({
    item: { parcel: { waybillNo: 'YT7530129834562' } },
  });
});
