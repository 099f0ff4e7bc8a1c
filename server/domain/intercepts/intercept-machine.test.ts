import fc from 'fast-check';
import {
  INITIAL_MACHINE,
  canCancel,
  isSettled,
  refundAttemptOf,
  refundNo,
  transition,
  type InterceptEvent,
  type InterceptMachine,
} from './intercept-machine';
import { STATE_LABEL } from './intercept-notes';
import { InterceptWorld } from './intercept-world.test-support';

function run(events: InterceptEvent[], from: InterceptMachine = INITIAL_MACHINE) {
  let m = from;
  const effects = [];
  for (const e of events) {
    const r = transition(m, e);
    m = r.machine;
    effects.push(...r.effects);
  }
  return { m, effects };
}

describe('the happy paths', () => {
  test('requested → paying → paid → submitted → accepted → succeeded, the user told at each step', () => {
    const steps: InterceptEvent[] = [
      { type: 'ORDER_CREATED' },
      { type: 'PAYMENT_SUCCEEDED' },
      { type: 'SUBMITTED', channel: 'STAFF' },
      { type: 'ACCEPTED' },
      { type: 'OUTCOME', result: 'SUCCEEDED', source: 'STAFF', note: '已改派杭州' },
    ];
    let m = INITIAL_MACHINE;
    const trail = steps.map((e) => {
      const r = transition(m, e);
      m = r.machine;
      return [r.machine.state, r.note, r.effects.map((x) => x.type)];
    });
    expect(trail).toEqual([
      ['PAYMENT_PENDING', '已下单，等待支付', []],
      ['PAID', '支付成功，正在提交快递公司', ['SUBMIT', 'NOTIFY_USER']],
      ['SUBMITTED', '已转客服专员处理', ['NOTIFY_USER']],
      ['ACCEPTED', '快递公司已受理，正在拦截', ['NOTIFY_USER']],
      ['SUCCEEDED', '拦截成功：已改派杭州', ['NOTIFY_USER']],
    ]);
    expect(isSettled(m)).toBe(true);
  });

  test('a failed intercept is refunded in full: failed → refunding → refunded', () => {
    const { m, effects } = run([
      { type: 'ORDER_CREATED' },
      { type: 'PAYMENT_SUCCEEDED' },
      { type: 'SUBMITTED', channel: 'CARRIER' },
      { type: 'OUTCOME', result: 'FAILED', source: 'CARRIER', note: '快件已派送' },
      { type: 'REFUND_ACCEPTED', attempt: 1 },
      { type: 'REFUND_SUCCEEDED', attempt: 1 },
    ]);
    expect(m).toEqual({ state: 'REFUNDED', paid: true, refundAttempt: 1 });
    expect(effects.filter((e) => e.type === 'CREATE_REFUND')).toEqual([{ type: 'CREATE_REFUND', attempt: 1 }]);
  });
});

describe('commands the state does not allow', () => {
  test('cancel before paying closes the order; after paying, refunds; after submission, is refused', () => {
    expect(transition({ ...INITIAL_MACHINE, state: 'PAYMENT_PENDING' }, { type: 'CANCEL' }).effects[0]).toEqual({ type: 'CLOSE_ORDER' });
    const paid = transition({ state: 'PAID', paid: true, refundAttempt: 0 }, { type: 'CANCEL' });
    expect(paid).toMatchObject({
      outcome: 'APPLIED',
      machine: { state: 'CANCELLED', refundAttempt: 1 },
      note: '已取消申请，费用将全额原路退回',
    });
    expect(transition({ state: 'SUBMITTED', paid: true, refundAttempt: 0 }, { type: 'CANCEL' }).outcome).toBe('REJECTED');
    expect(canCancel({ state: 'SUBMITTED', paid: true, refundAttempt: 0 })).toBe(false);
  });

  test('a second cancel changes nothing', () => {
    const once = run([{ type: 'ORDER_CREATED' }, { type: 'CANCEL' }]).m;
    expect(transition(once, { type: 'CANCEL' }).outcome).toBe('IGNORED');
  });
});

describe('late, replayed and out-of-order news', () => {
  test('a payment that lands after the user cancelled is refunded', () => {
    const { m, effects } = run([{ type: 'ORDER_CREATED' }, { type: 'CANCEL' }, { type: 'PAYMENT_SUCCEEDED' }]);
    expect(m).toEqual({ state: 'CANCELLED', paid: true, refundAttempt: 1 });
    expect(effects.map((e) => e.type)).toEqual(['CLOSE_ORDER', 'NOTIFY_USER', 'CREATE_REFUND', 'NOTIFY_USER']);
  });

  test('a replayed payment notification submits once', () => {
    const { effects } = run([{ type: 'ORDER_CREATED' }, { type: 'PAYMENT_SUCCEEDED' }, { type: 'PAYMENT_SUCCEEDED' }]);
    expect(effects.filter((e) => e.type === 'SUBMIT')).toHaveLength(1);
  });

  test('a success after we gave up on the carrier changes nothing: the refund goes on', () => {
    const failed = run([{ type: 'PAYMENT_SUCCEEDED' }, { type: 'SUBMITTED', channel: 'CARRIER' }, { type: 'OUTCOME_OVERDUE' }]);
    expect(failed.effects).toContainEqual({ type: 'ALERT_STAFF', reason: 'OUTCOME_OVERDUE' });
    expect(transition(failed.m, { type: 'OUTCOME', result: 'SUCCEEDED', source: 'CARRIER' }).outcome).toBe('IGNORED');
  });

  test('a closed refund is issued again under a new number; news about the old one is stale', () => {
    const closed = run([
      { type: 'PAYMENT_SUCCEEDED' },
      { type: 'SUBMISSION_REJECTED', note: '不支持拦截' },
      { type: 'REFUND_ACCEPTED', attempt: 1 },
      { type: 'REFUND_CLOSED', attempt: 1 },
    ]);
    expect(closed.m).toEqual({ state: 'REFUNDING', paid: true, refundAttempt: 2 });
    expect(closed.effects).toContainEqual({ type: 'CREATE_REFUND', attempt: 2 });
    expect(transition(closed.m, { type: 'REFUND_SUCCEEDED', attempt: 1 }).outcome).toBe('IGNORED');
    expect(refundNo('IC20261121ABC', 2)).toBe('IC20261121ABCR2');
    expect(refundAttemptOf('IC20261121ABC', 'IC20261121ABCR2')).toBe(2);
    expect(refundAttemptOf('IC20261121ABC', 'IC20261121XYZR2')).toBeNull();
  });

  test('the timeline can still overturn a reported success, and then the fee goes back', () => {
    const done = run([
      { type: 'PAYMENT_SUCCEEDED' },
      { type: 'SUBMITTED', channel: 'STAFF' },
      { type: 'OUTCOME', result: 'SUCCEEDED', source: 'STAFF' },
    ]).m;
    expect(transition(done, { type: 'OUTCOME', result: 'FAILED', source: 'STAFF' }).outcome).toBe('IGNORED');
    expect(transition(done, { type: 'OUTCOME', result: 'FAILED', source: 'TRACKING' }).effects).toContainEqual({
      type: 'CREATE_REFUND',
      attempt: 1,
    });
  });

  test('every state has a short label for the service template', () => {
    for (const label of Object.values(STATE_LABEL)) expect(label).toMatch(/^[\u4e00-\u9fa5]{1,5}$/);
  });
});

describe('property: money is never left hanging, and never refunded twice', () => {
  test('any interleaving of payments, replays, outcomes, timers and cancels, then a fair world, ends settled', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(1000)), { maxLength: 60 }), (moves) => {
        const world = new InterceptWorld();
        for (const [kind, pick] of moves) world.act(kind, pick);
        world.settle();
        world.assertConsistent();
      }),
      { numRuns: 3000 },
    );
  });
});
