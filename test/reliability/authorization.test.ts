import { createAllFunctions, createAllTimers } from '../../server/functions';
import type { Envelope } from '../../types/envelope';
import type { FunctionName } from '../../types/functions';
import { testDeps } from '../support/app-deps';
import { checkReply } from '../support/contract';
import { reportCount } from '../support/raw-http';

const HOUR = 3600_000;
const NO = 'YT7530129834561';
const PARCEL = `YTO:${NO}`;
type Role = 'owner' | 'other' | 'anonymous';
const CALLERS: Record<Role, { openid: string } | null> = { owner: { openid: 'o_alice' }, other: { openid: 'o_bob' }, anonymous: null };

/** Alice follows a parcel with a remark, has a message about it and a credit; Bob has nothing. */
async function world() {
  const deps = testDeps();
  const fns = createAllFunctions(deps);
  const call = async (name: FunctionName, body: unknown, role: Role): Promise<Envelope<never>> =>
    checkReply(name, await fns[name](body, CALLERS[role])) as Envelope<never>;
  const ok = async (name: FunctionName, body: unknown, role: Role = 'owner') => {
    const reply = await call(name, body, role);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
    return reply.data as never;
  };
  await ok('reportSubscription', { results: { progress: 'accept' } });
  await ok('bindParcel', { waybillNo: NO, remark: '妈妈的药' });
  await ok('bindParcel', { waybillNo: 'SF1234567890121', phoneTail: '4821' });
  deps.clock.advance(30 * HOUR);
  await createAllTimers(deps).monitor({ name: 'monitor', firedAtMs: deps.clock.now() });
  const alice = async () => {
    const parcels: { items: { parcel: { id: string }; remark: string }[]; credits: { progress: number } } = await ok('listParcels', {});
    const messages: { items: { id: string }[]; unread: number } = await ok('listMessages', {});
    return { parcels, messages };
  };
  const before = await alice();
  expect(before.messages.items.length).toBeGreaterThan(0);
  return { call, alice, before, messageId: before.messages.items[0].id };
}

type World = Awaited<ReturnType<typeof world>>;
type Check = (w: World, reply: Envelope<never>) => Promise<void>;

const forbidden: Check = async (_w, reply) => expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
const aliceUntouched: Check = async (w) => expect(await w.alice()).toEqual(w.before);

/** Function × role: what the call may do, asserted cell by cell. Ids in bodies are Alice's, as someone guessing them would send. */
const MATRIX: { fn: FunctionName; body: (w: World) => unknown; owner: Check; other: Check }[] = [
  {
    fn: 'lookup',
    body: () => ({ waybillNo: NO }),
    owner: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { parcel: { id: PARCEL }, following: true } }),
    other: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { parcel: { id: PARCEL }, following: false } }),
  },
  {
    fn: 'lookup',
    body: () => ({ waybillNo: 'SF1234567890121' }),
    owner: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { parcel: { id: 'SF:SF1234567890121' } } }),
    // Bob never gave the phone tail: Alice's stored trace stays hidden from him.
    other: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { parcel: null, needsPhoneTail: 'SF' } }),
  },
  {
    fn: 'bindParcel',
    body: () => ({ waybillNo: NO, remark: '改掉' }),
    owner: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { item: { remark: '改掉' } } }), void w),
    other: async (w, r) => {
      expect(r).toMatchObject({ ok: true, data: { item: { remark: '改掉' } } }); // Bob's own binding
      expect((await w.alice()).parcels.items.find((i) => i.parcel.id === PARCEL)?.remark).toBe('妈妈的药');
    },
  },
  {
    fn: 'unbindParcel',
    body: () => ({ parcelId: PARCEL }),
    owner: async (w, r) => (
      expect(r).toMatchObject({ ok: true, data: { removed: true } }),
      expect((await w.alice()).parcels.items).toHaveLength(1)
    ),
    other: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { removed: false } }), await aliceUntouched(w, r)),
  },
  {
    fn: 'listParcels',
    body: () => ({}),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { items: w.before.parcels.items } }),
    other: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { items: [] } }),
  },
  {
    fn: 'updateParcel',
    body: () => ({ parcelId: PARCEL, remark: '改掉' }),
    owner: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { item: { remark: '改掉' } } }),
    other: async (w, r) => (expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } }), await aliceUntouched(w, r)),
  },
  {
    fn: 'reportSubscription',
    body: () => ({ results: { progress: 'accept' } }),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { credits: { progress: w.before.parcels.credits.progress + 1 } } }),
    other: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { credits: { progress: 1 } } }), await aliceUntouched(w, r)),
  },
  {
    fn: 'listMessages',
    body: () => ({}),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { items: w.before.messages.items } }),
    other: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { items: [], unread: 0 } }),
  },
  {
    fn: 'markMessagesRead',
    body: (w) => ({ ids: [w.messageId] }),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { unread: w.before.messages.unread - 1 } }),
    other: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { unread: 0 } }), await aliceUntouched(w, r)),
  },
];

const ROLES: Role[] = ['owner', 'other', 'anonymous'];
const cells = MATRIX.flatMap((row) => ROLES.map((role) => [row.fn, role, row] as const));

test.each(cells)('%s as %s', async (fn, role, row) => {
  const w = await world();
  const reply = await w.call(fn, row.body(w), role);
  await (role === 'anonymous' ? forbidden : row[role])(w, reply);
  if (role === 'anonymous') await aliceUntouched(w, reply);
});

afterAll(() => reportCount('authorization matrix: cells asserted', cells.length));
