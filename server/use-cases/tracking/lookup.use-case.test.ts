import { detectCarrier } from '../../domain/tracking/detect-carrier';
import { createSandboxCarrier } from '../../adapters/carriers/sandbox';
import { SqliteDocStore } from '../../adapters/sqlite/sqlite-doc-store';
import { ManualClock } from '../../adapters/system/system-clock';
import { CarrierError, type CarrierGateway } from '../../ports/carrier-gateway';
import { testSealer } from '../../../test/support/app-deps';
import { FRESH_MS, LOOKUP_LIMIT, createLookup } from './lookup.use-case';
import { PARCELS } from './parcel.repository';
import { createParcelTracker } from './track-parcel';

const silent = { info() {}, warn() {}, error() {} };
const me = { openid: 'o_me' };
const YTO = 'YT2468135790211';

function setup() {
  const clock = new ManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
  const store = new SqliteDocStore(':memory:');
  const sandbox = createSandboxCarrier({ clock, store, recognize: (no) => detectCarrier(no).candidates });
  let down = false;
  const calls: string[] = [];
  const carriers: CarrierGateway = {
    source: 'sandbox',
    query: async (q) => {
      calls.push(q.waybillNo);
      if (down) throw new CarrierError('UNAVAILABLE', 'test outage');
      return sandbox.query(q);
    },
    recognize: sandbox.recognize,
  };
  const sealer = testSealer();
  const tracker = createParcelTracker({ store, clock, sealer });
  const follows = new Set<string>();
  const following = { isFollowing: async (openid: string, id: string) => follows.has(`${openid}|${id}`) };
  const lookup = createLookup({ store, carriers, clock, log: silent, tracker, sealer, following });
  /** A follower as following keeps one: the phone tail sealed on the parcel's monitor state. */
  const follow = async (openid: string, id: string, phoneTail: string) => {
    follows.add(`${openid}|${id}`);
    await store.update(PARCELS, id, { monitor: { phoneTailSealed: sealer.seal(phoneTail) } });
  };
  return { clock, lookup, calls, follow, setDown: (v: boolean) => (down = v) };
}

test('a fresh parcel is answered from the store without asking the carrier again', async () => {
  const { lookup, calls, clock } = setup();
  const first = await lookup({ waybillNo: YTO }, me);
  expect(first.parcel).toMatchObject({ carrier: 'YTO', carrierName: '圆通速递', carrierPhone: '95554', waybillNo: YTO });
  await lookup({ waybillNo: YTO }, { openid: 'o_other' });
  expect(calls).toHaveLength(1);
  clock.advance(FRESH_MS.moving);
  await lookup({ waybillNo: YTO }, me);
  expect(calls).toHaveLength(2);
});

test('an ambiguous number returns the candidates instead of guessing', async () => {
  const { lookup, calls } = setup();
  const answer = await lookup({ waybillNo: '432012345678901' }, me);
  expect(answer.parcel).toBeNull();
  expect(answer.candidates.map((c) => c.carrier)).toEqual(['STO', 'YD', 'HTKY']);
  expect(calls).toHaveLength(0);
  await expect(lookup({ waybillNo: '432012345678901', carrier: 'YD' }, me)).resolves.toMatchObject({ parcel: { carrier: 'YD' } });
});

test('SF asks for the phone tail as the next step (no carrier call), refuses a wrong one, and never shows a stored trace to someone without it', async () => {
  const { lookup, calls } = setup();
  const ask = { parcel: null, candidates: [], needsPhoneTail: 'SF', following: false };
  await expect(lookup({ waybillNo: 'SF1234567890123' }, me)).resolves.toMatchObject(ask);
  expect(calls).toHaveLength(0);
  await expect(lookup({ waybillNo: 'SF1234567890123', phoneTail: '0000' }, me)).rejects.toMatchObject({
    code: 'NEEDS_PHONE_TAIL',
    userMessage: expect.stringContaining('不对'),
  });
  await expect(lookup({ waybillNo: 'SF1234567890123', phoneTail: '5678' }, me)).resolves.toMatchObject({ parcel: { carrier: 'SF' } });
  await expect(lookup({ waybillNo: 'SF1234567890123' }, { openid: 'o_stranger' })).resolves.toMatchObject(ask);
});

test('the answer says whether the caller follows the parcel; a follower of an SF parcel is not asked for the digits again', async () => {
  const { lookup, follow, clock } = setup();
  await expect(lookup({ waybillNo: YTO }, me)).resolves.toMatchObject({ following: false });
  await lookup({ waybillNo: 'SF1234567890123', phoneTail: '5678' }, me);
  await follow(me.openid, 'SF:SF1234567890123', '5678');
  clock.advance(FRESH_MS.moving); // past the stored answer: the carrier is asked with the sealed digits
  const again = await lookup({ waybillNo: 'SF1234567890123' }, me);
  expect(again).toMatchObject({ following: true, needsPhoneTail: null, parcel: { carrier: 'SF' } });
  await expect(lookup({ waybillNo: 'SF1234567890123' }, { openid: 'o_stranger' })).resolves.toMatchObject({ needsPhoneTail: 'SF' });
});

test('when the carrier is down the last known timeline comes back with a notice; with none it is CARRIER_UNAVAILABLE', async () => {
  const { lookup, clock, setDown } = setup();
  const before = await lookup({ waybillNo: YTO }, me);
  setDown(true);
  clock.advance(FRESH_MS.moving);
  const after = await lookup({ waybillNo: YTO }, me);
  expect(after.notice).toMatchObject({ code: 'CARRIER_UNAVAILABLE' });
  expect(after.parcel?.events).toEqual(before.parcel?.events);
  await expect(lookup({ waybillNo: 'YT1111111111111' }, me)).rejects.toMatchObject({ code: 'CARRIER_UNAVAILABLE' });
});

test('one user cannot hammer the carriers: RATE_LIMITED past the per-minute limit', async () => {
  const { lookup } = setup();
  for (let i = 0; i < LOOKUP_LIMIT.max; i += 1) await lookup({ waybillNo: YTO }, me);
  await expect(lookup({ waybillNo: YTO }, me)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  await expect(lookup({ waybillNo: YTO }, { openid: 'o_other' })).resolves.toMatchObject({ parcel: { carrier: 'YTO' } });
});

test('numbers confirmed under a carrier teach the next number with the same prefix (no question asked)', async () => {
  const { lookup } = setup();
  const first = await lookup({ waybillNo: '432012345678901' }, me);
  expect(first.parcel).toBeNull();
  for (const no of ['432012345678902', '432012345678903', '432012345678904'])
    await expect(lookup({ waybillNo: no, carrier: 'YD' }, me)).resolves.toMatchObject({ parcel: { carrier: 'YD' } });
  await expect(lookup({ waybillNo: '432012345678905' }, me)).resolves.toMatchObject({ parcel: { carrier: 'YD' }, candidates: [] });
});
