import { MILESTONE_TEXT } from '../../server/domain/follow/message-text';
import { createAllFunctions, createAllTimers } from '../../server/functions';
import { MESSAGES, type MessageRecord } from '../../server/use-cases/follow/notify-followers';
import { testDeps } from '../../test/support/app-deps';

const HOUR = 3600_000;
const USER = 'sim-user';

/**
 * A dozen followed parcels over twelve days, as the first-use report of issue 9 played it: one
 * parcel followed every 18 hours, sandbox journeys of every kind (three end in a 驿站 or locker,
 * one is picked up from one, one is refused and returned, one is damaged, one stalls).
 */
const PARCELS = [
  'YT7530129834561',
  'YT7530129834569',
  'YT7530129834562',
  'YT7530129834563',
  'YT7530129834579',
  'YT7530129834564',
  'YT7530129834568',
  'YT7530129834565',
  'YT7530129834589',
  'YT7530129834566',
  'YT7530129834567',
  'YT7530129834570',
];

/** How a user answers WeChat's consent popup at each follow: how many times they tap 允许 for each template. */
const PROFILES = {
  'few credits: allowed on the first 3 follows only': (i: number) => (i < 3 ? 1 : 0),
  'allowed once on every follow (12 credits)': () => 1,
  'many credits: allowed 3 times on every follow (36)': () => 3,
} as const;

type Tally = Record<string, string>;

async function simulate(acceptsAt: (follow: number) => number): Promise<{ credits: number; pushed: Tally }> {
  const deps = testDeps();
  const fns = createAllFunctions(deps);
  const monitor = createAllTimers(deps).monitor;
  const call = async (name: keyof typeof fns, body: unknown) => {
    const reply = await fns[name](body, { openid: USER });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
  };
  let credits = 0;
  for (let hour = 0; hour < 12 * 24; hour += 1) {
    const follow = hour / 18;
    if (Number.isInteger(follow) && follow < PARCELS.length) {
      for (let k = 0; k < acceptsAt(follow); k += 1)
        await call('reportSubscription', { results: { progress: 'accept', exception: 'accept' } });
      credits += acceptsAt(follow);
      await call('bindParcel', { waybillNo: PARCELS[follow] });
    }
    deps.clock.advance(HOUR);
    await monitor({ name: 'monitor', firedAtMs: deps.clock.now() });
  }
  const messages = await deps.store.find<MessageRecord>(MESSAGES, { where: { openid: USER }, limit: 1000 });
  const pushed: Record<string, { pushed: number; all: number }> = {};
  for (const m of messages) {
    if (!m.milestone) continue;
    const row = (pushed[MILESTONE_TEXT[m.milestone].phrase] ??= { pushed: 0, all: 0 });
    row.all += 1;
    if (m.push !== 'NO_CREDIT') row.pushed += 1;
  }
  return { credits, pushed: Object.fromEntries(Object.entries(pushed).map(([k, v]) => [k, `${v.pushed}/${v.all}`])) };
}

/**
 * Which milestones get pushed (pushed/all, per status phrase) for users with few and many credits,
 * through the real monitor, tracker, credit policy and outbox over sandbox journeys. Credits are
 * per template (progress and exception); the figure shown is the progress one.
 */
export async function simulateCredits(): Promise<Record<string, { credits: number; pushed: Tally }>> {
  const result: Record<string, { credits: number; pushed: Tally }> = {};
  for (const [name, acceptsAt] of Object.entries(PROFILES)) result[name] = await simulate(acceptsAt);
  return result;
}

if (require.main === module) {
  simulateCredits()
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err: Error) => {
      console.error(err);
      process.exit(1);
    });
}
