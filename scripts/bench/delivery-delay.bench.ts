import { createAllFunctions, createAllHttp, createAllTimers } from '../../server/functions';
import type { CarrierGateway, CarrierTrace } from '../../server/ports/carrier-gateway';
import { MESSAGES, OUTBOX, type MessageRecord, type OutboxRecord } from '../../server/use-cases/follow/notify-followers';
import { TEST_CARRIER_ENV, testDeps } from '../../test/support/app-deps';
import { kdniaoPushBody } from '../../test/support/vendor-pushes';
import { beijingIso } from '../../types/time';

const MINUTE = 60_000;
const DAYS = 6;
/** Parcels of every sandbox scenario (the last digit picks it). */
const PARCELS = Array.from({ length: 20 }, (_, i) => `YT75301${String(29834560 + i)}`);
/** Assumed: how long after a checkpoint the aggregator pushes it (KDNiao documents no figure; a few minutes is typical). */
export const ASSUMED_PUSH_LAG_MIN = 3;
const IMPORTANT = new Set(['OUT_FOR_DELIVERY', 'AWAITING_PICKUP', 'DELIVERED', 'EXCEPTION']);

interface DelayFigures {
  notifications: number;
  meanMin: number;
  p90Min: number;
  importantMeanMin: number;
}

function figures(delays: { min: number; important: boolean }[]): DelayFigures {
  const sorted = delays.map((d) => d.min).sort((a, b) => a - b);
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;
  return {
    notifications: delays.length,
    meanMin: mean(sorted),
    p90Min: Math.round((sorted[Math.floor(sorted.length * 0.9)] ?? 0) * 10) / 10,
    importantMeanMin: mean(delays.filter((d) => d.important).map((d) => d.min)),
  };
}

/** A KDNiao 102 push of the whole trace, as the aggregator would send it. */
function pushOf(trace: CarrierTrace): string {
  const Traces = trace.events.map((e) => ({
    AcceptTime: beijingIso(Date.parse(e.time)).slice(0, 19).replace('T', ' '),
    AcceptStation: e.text,
  }));
  return kdniaoPushBody(
    {
      EBusinessID: TEST_CARRIER_ENV.KDNIAO_EBUSINESS_ID,
      PushTime: '',
      Count: 1,
      Data: [{ ShipperCode: trace.carrier, LogisticCode: trace.waybillNo, Success: true, State: '2', Traces }],
    },
    TEST_CARRIER_ENV.KDNIAO_APP_KEY,
  );
}

/**
 * End to end through the real code, minute by minute (the monitor timer's schedule): from the time
 * a carrier checkpoint happens to the time its WeChat notification is sent, for followed parcels of
 * users with credits to spare. Polling only, or subscribed at the aggregator with pushes arriving
 * `ASSUMED_PUSH_LAG_MIN` after each checkpoint (polling then a 6-hour fallback).
 */
async function simulate(push: boolean): Promise<DelayFigures> {
  const deps = testDeps();
  const sandbox = deps.carriers;
  const carriers: CarrierGateway = push ? { ...sandbox, source: 'kdniao', subscribe: async () => ({}) } : sandbox;
  const app = { ...deps, carriers, pushCallbackUrl: push ? 'https://example.com/carrier-push?vendor={vendor}' : null };
  const fns = createAllFunctions(app);
  const { monitor } = createAllTimers(app);
  const { carrierPush } = createAllHttp(app);
  for (const [i, no] of PARCELS.entries()) {
    const caller = { openid: `u${i}` };
    await fns.reportSubscription({ results: { progress: 'accept', exception: 'accept' } }, caller);
    for (let k = 0; k < 10; k += 1) await fns.reportSubscription({ results: { progress: 'accept', exception: 'accept' } }, caller);
    await fns.bindParcel({ waybillNo: no }, caller);
  }
  const pushed = new Map<string, number>(); // events already pushed per parcel
  for (let minute = 0; minute < DAYS * 24 * 60; minute += 1) {
    deps.clock.advance(MINUTE);
    if (push) {
      for (const no of PARCELS) {
        const trace = await sandbox.query({ carrier: 'YTO', waybillNo: no });
        const due = trace.events.filter((e) => Date.parse(e.time) <= deps.clock.now() - ASSUMED_PUSH_LAG_MIN * MINUTE);
        if (due.length > (pushed.get(no) ?? 0)) {
          pushed.set(no, due.length);
          await carrierPush({ vendor: 'kdniao', rawBody: pushOf({ ...trace, events: due }), headers: {} });
        }
      }
    }
    await monitor({ name: 'monitor', firedAtMs: deps.clock.now() });
  }
  const sent = await deps.store.find<OutboxRecord>(OUTBOX, { where: { state: 'SENT' }, limit: 1000 });
  const delays = await Promise.all(
    sent.map(async (o) => {
      const m = (await deps.store.get<MessageRecord>(MESSAGES, o.messageId))!;
      return { min: (o.finishedAtMs! - m.eventAtMs) / MINUTE, important: IMPORTANT.has(m.milestone ?? '') };
    }),
  );
  return figures(delays);
}

export async function benchDeliveryDelay() {
  return { assumedPushLagMin: ASSUMED_PUSH_LAG_MIN, polling: await simulate(false), push: await simulate(true) };
}
