import { CarrierInterceptError, type CarrierIntercept, type InterceptOrder } from '../../server/ports/carrier-intercept';
import type { CarrierGateway, CarrierTrace, RawCarrierEvent } from '../../server/ports/carrier-gateway';
import type { DocStore } from '../../server/ports/doc-store';
import { createAllFunctions, createAllHttp, createAllTimers } from '../../server/functions';
import type { AppDeps } from '../../server/functions/deps';
import { createStaffInterceptFunctions } from '../../server/functions/staff-intercepts.functions';
import { MESSAGES, type MessageRecord } from '../../server/use-cases/follow/notify-followers';
import { INTERCEPTS, type InterceptRecord } from '../../server/use-cases/intercepts/intercept.repository';
import type { Envelope } from '../../types/envelope';
import type { FunctionName, FunctionResponse } from '../../types/functions';
import type { Intercept } from '../../types/intercepts';
import { SUZHOU_ADDRESS } from './addresses';
import { testDeps } from './app-deps';
import { checkReply } from './contract';

export const HOUR = 3_600_000;
/** Sandbox: 圆通, in transit at 武汉 at the first look-up, delivered in 苏州… three days later. */
export const IN_TRANSIT_NO = 'YT7530129834561';
export { SUZHOU_ADDRESS };

type Who = string | null;

/** The product on a test store, called the way the runtimes call it, every answer checked against the contract. */
export function interceptProduct(overrides: Partial<Omit<AppDeps, 'clock'>> & { store?: DocStore } = {}) {
  const deps = testDeps(overrides);
  const fns = createAllFunctions(deps);
  const timers = createAllTimers(deps);
  const http = createAllHttp(deps);
  const staffFns = createStaffInterceptFunctions(deps);

  const reply = async (name: FunctionName, body: unknown, who: Who = 'o_alice'): Promise<Envelope<never>> =>
    checkReply(name, await fns[name](body, who === null ? null : { openid: who })) as Envelope<never>;
  async function ok<N extends FunctionName>(name: N, body: unknown, who: Who = 'o_alice'): Promise<FunctionResponse<N>> {
    const r = await reply(name, body, who);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.data;
  }

  return {
    deps,
    reply,
    ok,
    staff: (name: keyof typeof staffFns, body: unknown, username: string | null = 'agent.li') =>
      staffFns[name](body, username === null ? null : { username, role: 'agent' }) as Promise<
        Envelope<{ intercept: Intercept } & { items: unknown[] }>
      >,
    watch: () => timers.interceptWatch({ name: 'everyMinute', firedAtMs: deps.clock.now() }),
    monitor: () => timers.monitor({ name: 'everyMinute', firedAtMs: deps.clock.now() }),
    payNotify: (n: { headers: Record<string, string>; body: string }) =>
      http.payNotify({ vendor: 'wechatpay', rawBody: n.body, headers: n.headers }),
    stored: async (id: string) => (await deps.store.get<InterceptRecord>(INTERCEPTS, id))!,
    messages: (openid = 'o_alice') =>
      deps.store.find<MessageRecord>(MESSAGES, {
        where: { openid, kind: 'INTERCEPT' },
        orderBy: [{ field: 'createdAtMs', direction: 'asc' }],
      }),
    /** A redirect of the in-transit sandbox parcel to 苏州, looked up first as the result page does. */
    async requestRedirect(who = 'o_alice') {
      await ok('lookup', { waybillNo: IN_TRANSIT_NO }, who);
      return ok('requestIntercept', { waybillNo: IN_TRANSIT_NO, type: 'REDIRECT', phoneTail: '1234', newAddress: SUZHOU_ADDRESS }, who);
    },
  };
}

export type InterceptProduct = ReturnType<typeof interceptProduct>;

/** A carrier intercept channel whose answers the test decides; it remembers what it was sent. */
export function fakeCarrierChannel(answer: 'OK' | CarrierInterceptError['kind'] | 'HANG' = 'OK') {
  const sent: InterceptOrder[] = [];
  const channel: CarrierIntercept & { sent: InterceptOrder[]; answer: typeof answer } = {
    source: 'fake-carrier',
    sent,
    answer,
    supports: (_carrier, type) => type !== 'HOLD',
    async submit(order) {
      sent.push(order);
      if (channel.answer === 'HANG') return new Promise(() => {});
      if (channel.answer !== 'OK')
        throw new CarrierInterceptError(channel.answer, channel.answer === 'REJECTED' ? '快件已派送，无法拦截' : 'test');
      return { taskId: `task-${sent.length}`, outcomeLater: true };
    },
  };
  return channel;
}

/** A carrier whose timeline the test writes, event by event (oldest first). */
export function scriptedCarrier(carrier = 'YTO') {
  const events: RawCarrierEvent[] = [];
  const gateway: CarrierGateway & { events: RawCarrierEvent[] } = {
    source: 'scripted',
    events,
    async query(q): Promise<CarrierTrace> {
      return { carrier: q.carrier, waybillNo: q.waybillNo, source: 'scripted', events: [...events] };
    },
    async recognize() {
      return [{ carrier, name: carrier, confidence: 1 }] as never;
    },
  };
  return gateway;
}
