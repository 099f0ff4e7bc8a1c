import { INITIAL_MACHINE, type InterceptMachine } from './intercept-machine';
import {
  CONFIRM_WINDOW_MS,
  nextCheckAtMs,
  orderStateEvent,
  OUTCOME_DUE_MS,
  PAY_WINDOW_MS,
  refundStatusEvent,
  watchEvent,
} from './watch-rules';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-22T10:00:00+08:00');
const MIN = 60_000;
const machine = (state: InterceptMachine['state'], paid = false): InterceptMachine => ({ ...INITIAL_MACHINE, state, paid });
const watch = (m: InterceptMachine, extra: Partial<Parameters<typeof nextCheckAtMs>[0]> = {}) => ({
  machine: m,
  nowMs: NOW,
  payDeadlineMs: NOW + PAY_WINDOW_MS,
  outcomeDueAtMs: null,
  succeededAtMs: null,
  ...extra,
});

describe('when the watch timer looks again', () => {
  test.each<[string, InterceptMachine, Partial<Parameters<typeof nextCheckAtMs>[0]>, number | null]>([
    ['unpaid: in five minutes, at the latest just after the deadline', machine('PAYMENT_PENDING'), {}, NOW + 5 * MIN],
    ['unpaid close to the deadline: just after it', machine('PAYMENT_PENDING'), { payDeadlineMs: NOW + MIN }, NOW + 2 * MIN],
    ['paid, not yet submitted: soon', machine('PAID', true), {}, NOW + 2 * MIN],
    [
      'waiting for an outcome: every two hours, and at the deadline',
      machine('SUBMITTED', true),
      { outcomeDueAtMs: NOW + 30 * MIN },
      NOW + 30 * MIN,
    ],
    [
      'a success, within the week the timeline may overturn it',
      machine('SUCCEEDED', true),
      { succeededAtMs: NOW - MIN },
      NOW + 6 * 60 * MIN,
    ],
    ['a success, after that week: never', machine('SUCCEEDED', true), { succeededAtMs: NOW - CONFIRM_WINDOW_MS }, null],
    ['a refund owed: in ten minutes', machine('FAILED', true), {}, NOW + 10 * MIN],
    ['a paid cancel: in ten minutes', machine('CANCELLED', true), {}, NOW + 10 * MIN],
    ['an unpaid cancel: never', machine('CANCELLED'), {}, null],
    ['refunded: never', machine('REFUNDED', true), {}, null],
  ])('%s', (_title, m, extra, expected) => {
    expect(nextCheckAtMs(watch(m, extra))).toBe(expected);
  });
});

test('an outcome overdue is told as such; anything else due is a nudge to redo what is owed', () => {
  const submitted = machine('ACCEPTED', true);
  expect(watchEvent(watch(submitted, { outcomeDueAtMs: NOW + 1 }))).toEqual({ type: 'TIMER' });
  expect(watchEvent(watch(submitted, { outcomeDueAtMs: NOW }))).toEqual({ type: 'OUTCOME_OVERDUE' });
  expect(watchEvent(watch(machine('FAILED', true), { outcomeDueAtMs: NOW - OUTCOME_DUE_MS }))).toEqual({ type: 'TIMER' });
});

test('an order query: paid is paid whenever; past the deadline an unpaid order has expired; before it, closed means closed', () => {
  const deadline = NOW + PAY_WINDOW_MS;
  expect(orderStateEvent('SUCCESS', deadline + MIN, deadline)).toEqual({ type: 'PAYMENT_SUCCEEDED' });
  expect(orderStateEvent('REFUND', NOW, deadline)).toEqual({ type: 'PAYMENT_SUCCEEDED' });
  expect(orderStateEvent('NOTPAY', NOW, deadline)).toBeNull();
  expect(orderStateEvent('USERPAYING', NOW, deadline)).toBeNull();
  expect(orderStateEvent('CLOSED', NOW, deadline)).toEqual({ type: 'PAYMENT_CLOSED' });
  expect(orderStateEvent('NOTPAY', deadline, deadline)).toEqual({ type: 'PAYMENT_EXPIRED' });
  expect(orderStateEvent('CLOSED', deadline + MIN, deadline)).toEqual({ type: 'PAYMENT_EXPIRED' });
});

test('refund statuses, from answers or notifications, carry their attempt', () => {
  expect(refundStatusEvent('PROCESSING', 1)).toEqual({ type: 'REFUND_ACCEPTED', attempt: 1 });
  expect(refundStatusEvent('SUCCESS', 2)).toEqual({ type: 'REFUND_SUCCEEDED', attempt: 2 });
  expect(refundStatusEvent('ABNORMAL', 1)).toEqual({ type: 'REFUND_ABNORMAL', attempt: 1 });
  expect(refundStatusEvent('CLOSED', 1)).toEqual({ type: 'REFUND_CLOSED', attempt: 1 });
});
