import { testDeps } from '../../../test/support/app-deps';
import { CarrierError, type CarrierErrorKind, type CarrierGateway } from '../../ports/carrier-gateway';
import { PARCELS, type ParcelRecord } from '../tracking/parcel.repository';
import { createFollowedParcelTracker } from './follower-notifications';
import { MONITOR_BUDGET, createMonitor, retryAfterMs } from './monitor.use-case';
import { createAllFunctions } from '../../functions';

const MINUTE = 60_000;
const NOS = ['YT7530129834561', 'YT7530129834571', 'YT7530129834581', 'YT7530129834591', 'YT7530129834601'];

/** Five followed parcels, all due, and a carrier whose answers the test controls. */
async function setup(options: { failWith?: CarrierErrorKind; carrierMax?: number; tickMs?: number } = {}) {
  const deps = testDeps();
  const sandbox = deps.carriers;
  const queried: string[] = [];
  let wall = 0;
  const carriers: CarrierGateway = {
    ...sandbox,
    query: async (q) => {
      queried.push(q.waybillNo);
      if (options.failWith) throw new CarrierError(options.failWith, 'test');
      return sandbox.query(q);
    },
  };
  const { bindParcel } = createAllFunctions(deps);
  for (const no of NOS) expect((await bindParcel({ waybillNo: no }, { openid: 'o_alice' })).ok).toBe(true);
  deps.clock.advance(4 * 60 * MINUTE); // every check is due
  const monitor = createMonitor(
    {
      ...deps,
      carriers,
      tracker: createFollowedParcelTracker(deps),
      // Each look at the wall clock moves it: the run's time budget is spent by the parcels it handles.
      monotonicMs: () => (wall += options.tickMs ?? 0),
    },
    () => 'run',
    { max: options.carrierMax ?? 300, windowMs: MINUTE },
  );
  const parcel = (no: string) => deps.store.get<ParcelRecord>(PARCELS, `YTO:${no}`);
  return { deps, monitor, queried, parcel };
}

test('two overlapping runs never ask the carrier about the same parcel twice', async () => {
  const s = await setup();
  const [a, b] = await Promise.all([s.monitor(), s.monitor()]);
  expect(a.processed + b.processed).toBe(NOS.length);
  expect([...s.queried].sort()).toEqual([...NOS].sort());
});

test('a carrier failure frees the parcel and looks again after a wait that depends on the kind of failure', async () => {
  const s = await setup({ failWith: 'UNAVAILABLE' });
  const now = s.deps.clock.now();
  expect(await s.monitor()).toMatchObject({ failed: NOS.length, processed: 0 });
  expect((await s.parcel(NOS[0]))?.monitor).toMatchObject({ leaseUntilMs: 0, nextCheckAtMs: now + 30 * MINUTE, active: true });
});

test.each([
  ['UNAVAILABLE', 30],
  ['RATE_LIMITED', 15],
  ['NOT_FOUND', 360],
  ['AUTH', 360],
] as const)('after %s the next look is %i minutes later', (kind, minutes) => {
  expect(retryAfterMs(kind)).toBe(minutes * MINUTE);
});

test("a carrier's share per minute is respected: the rest stays due for the next run", async () => {
  const s = await setup({ carrierMax: 3 });
  expect(await s.monitor()).toMatchObject({ picked: 5, processed: 3, skipped: 2 });
  expect(s.queried).toHaveLength(3);
  s.deps.clock.advance(MINUTE);
  expect(await s.monitor()).toMatchObject({ processed: 2 });
});

test('a run stops at its parcel budget and at its wall-time budget', async () => {
  const byCount = await setup();
  expect(await byCount.monitor({ parcels: 2, ms: MONITOR_BUDGET.ms })).toMatchObject({ picked: 2, processed: 2 });
  const byTime = await setup({ tickMs: 10_000 });
  const run = await byTime.monitor({ parcels: 100, ms: 25_000 });
  expect(run.processed).toBeLessThan(NOS.length);
  expect(run.processed).toBeGreaterThan(0);
});

test("a crashed run's lease keeps others off the parcel until it expires, then the parcel is checked again", async () => {
  const s = await setup();
  const p = (await s.parcel(NOS[0]))!;
  const now = s.deps.clock.now();
  await s.deps.store.update<ParcelRecord>(PARCELS, p._id, { monitor: { ...p.monitor!, leaseUntilMs: now + MONITOR_BUDGET.leaseMs } });
  await s.monitor();
  expect(s.queried).not.toContain(NOS[0]);
  s.deps.clock.advance(MONITOR_BUDGET.leaseMs + 1);
  await s.deps.store.update<ParcelRecord>(PARCELS, p._id, { monitor: { ...(await s.parcel(NOS[0]))!.monitor!, nextCheckAtMs: 0 } });
  await s.monitor();
  expect(s.queried).toContain(NOS[0]);
});
