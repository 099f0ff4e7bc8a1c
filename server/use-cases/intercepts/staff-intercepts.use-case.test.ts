import { fakeCarrierChannel, HOUR, interceptProduct } from '../../../test/support/intercept-product';
import { createInterceptEngine } from './intercept-engine';
import { createStaffInterceptQueue, createStaffResolveIntercept } from './staff-intercepts.use-case';

async function paidIntercepts(count: number, carrierIntercept = null as ReturnType<typeof fakeCarrierChannel> | null) {
  const p = interceptProduct({ carrierIntercept });
  const ids: string[] = [];
  for (const who of ['o_a', 'o_b', 'o_c'].slice(0, count)) {
    const no = `YT75301298345${ids.length + 61}`;
    await p.ok('lookup', { waybillNo: no }, who);
    const { intercept } = await p.ok('requestIntercept', { waybillNo: no, type: 'RETURN', phoneTail: '1234' }, who);
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    ids.push(intercept.id);
    p.deps.clock.advance(HOUR);
  }
  return {
    p,
    ids,
    queue: createStaffInterceptQueue(p.deps),
    resolve: createStaffResolveIntercept({ engine: createInterceptEngine(p.deps) }),
  };
}

test('the queue holds the paid intercepts only a person can execute, longest waiting first, with since when', async () => {
  const { p, ids, queue } = await paidIntercepts(3);
  // Once submitted the user can no longer withdraw it: it stays queued.
  expect(await p.reply('cancelIntercept', { id: ids[1] }, 'o_b')).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED_IN_STATE' } });
  const { items } = await queue({ limit: 2 });
  expect(items.map((i) => [i.id, i.waitingSince])).toEqual([
    [ids[0], '2026-11-22T10:00:00+08:00'],
    [ids[1], '2026-11-22T11:00:00+08:00'],
  ]);
  expect(items[0]).toMatchObject({ state: 'SUBMITTED', type: 'RETURN', feeFen: 1500 });
});

test('intercepts the carrier channel took are not in the queue', async () => {
  const { queue } = await paidIntercepts(2, fakeCarrierChannel());
  expect((await queue({ limit: 50 })).items).toEqual([]);
});

test('resolving records who did it; a success leaves the queue, a failure refunds; an intercept already decided is refused', async () => {
  const { p, ids, queue, resolve } = await paidIntercepts(2);
  expect((await resolve({ id: ids[0], outcome: 'SUCCEEDED', note: '' }, { username: 'agent.li' })).intercept.state).toBe('SUCCEEDED');
  expect((await resolve({ id: ids[1], outcome: 'FAILED', note: '网点说已派出' }, { username: 'agent.wang' })).intercept.state).toBe(
    'REFUNDING',
  );
  expect(await p.stored(ids[0])).toMatchObject({ resolvedBy: 'agent.li' });
  expect(await p.stored(ids[1])).toMatchObject({ resolvedBy: 'agent.wang' });
  expect((await queue({ limit: 50 })).items).toEqual([]);
  await expect(resolve({ id: ids[0], outcome: 'FAILED', note: '改主意' }, { username: 'agent.li' })).rejects.toMatchObject({
    code: 'NOT_ALLOWED_IN_STATE',
  });
  await expect(resolve({ id: 'ICnothing1', outcome: 'FAILED', note: 'x' }, { username: 'agent.li' })).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
});
