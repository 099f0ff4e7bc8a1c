import type { Envelope } from '../../types/envelope';
import type { FunctionName } from '../../types/functions';
import { IN_TRANSIT_NO, interceptProduct } from '../support/intercept-product';

type Role = 'owner' | 'other' | 'anonymous';
const WHO: Record<Role, string | null> = { owner: 'o_alice', other: 'o_bob', anonymous: null };

/** Alice asked for a redirect and has not paid yet; Bob has nothing. Ids in bodies are Alice's, as someone guessing them would send. */
async function world() {
  const p = interceptProduct();
  const { intercept } = await p.requestRedirect('o_alice');
  const alice = async () => ({ list: await p.ok('listIntercepts', {}, 'o_alice'), messages: await p.messages('o_alice') });
  return { p, id: intercept.id, alice, before: await alice() };
}

type World = Awaited<ReturnType<typeof world>>;
type Check = (w: World, reply: Envelope<never>) => Promise<void>;

const untouched: Check = async (w) => expect(await w.alice()).toEqual(w.before);
const notFound: Check = async (w, r) => (expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } }), await untouched(w, r));

const MATRIX: { fn: FunctionName; body: (w: World) => unknown; owner: Check; other: Check }[] = [
  {
    fn: 'checkIntercept',
    body: () => ({ waybillNo: IN_TRANSIT_NO }),
    owner: async (_w, r) => expect(r).toMatchObject({ ok: true, data: { eligibility: 'ALLOWED' } }),
    // Whether a parcel can still be stopped is no secret; the right to ask is proved when asking.
    other: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { eligibility: 'ALLOWED' } }), await untouched(w, r)),
  },
  {
    fn: 'requestIntercept',
    body: () => ({ waybillNo: IN_TRANSIT_NO, type: 'RETURN', phoneTail: '1234' }),
    owner: async (w, r) => {
      expect(r).toMatchObject({ ok: true, data: { intercept: { type: 'RETURN', state: 'PAYMENT_PENDING' } } });
      // Her unpaid request is replaced by the new one.
      expect((await w.alice()).list.items.map((i) => [i.type, i.state]).sort()).toEqual([
        ['REDIRECT', 'CANCELLED'],
        ['RETURN', 'PAYMENT_PENDING'],
      ]);
    },
    // Bob's own request; Alice's unpaid one stays hers and as it was.
    other: async (w, r) => (expect(r).toMatchObject({ ok: true, data: { intercept: { type: 'RETURN' } } }), await untouched(w, r)),
  },
  {
    fn: 'getIntercept',
    body: (w) => ({ id: w.id }),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { intercept: { id: w.id, state: 'PAYMENT_PENDING' } } }),
    other: notFound,
  },
  {
    fn: 'listIntercepts',
    body: () => ({}),
    owner: async (w, r) => expect(r).toEqual({ ok: true, data: w.before.list }),
    other: async (_w, r) => expect(r).toEqual({ ok: true, data: { items: [] } }),
  },
  {
    fn: 'cancelIntercept',
    body: (w) => ({ id: w.id }),
    owner: async (w, r) => expect(r).toMatchObject({ ok: true, data: { intercept: { id: w.id, state: 'CANCELLED' } } }),
    other: notFound,
  },
];

const ROLES: Role[] = ['owner', 'other', 'anonymous'];
const cells = MATRIX.flatMap((row) => ROLES.map((role) => [row.fn, role, row] as const));

test.each(cells)('%s as %s', async (fn, role, row) => {
  const w = await world();
  const reply = await w.p.reply(fn, row.body(w), WHO[role]);
  if (role !== 'anonymous') return row[role](w, reply);
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await untouched(w, reply);
});

test.each(['staffInterceptQueue', 'staffResolveIntercept'] as const)(
  '%s without a staff member is refused and changes nothing',
  async (fn) => {
    const w = await world();
    expect(await w.p.staff(fn, { id: w.id, outcome: 'SUCCEEDED' }, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await untouched(w, undefined as never);
  },
);
