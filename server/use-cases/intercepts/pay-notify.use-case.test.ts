import { fakeCarrierChannel, interceptProduct } from '../../../test/support/intercept-product';
import { createInterceptEngine } from './intercept-engine';
import { createPayNotify } from './pay-notify.use-case';

test('a carrier that hangs does not hold up the answer WeChat Pay waits for; the submission is finished later', async () => {
  const channel = fakeCarrierChannel('HANG');
  const p = interceptProduct({ carrierIntercept: channel });
  const { intercept } = await p.requestRedirect();
  p.deps.payNotifications.hold = true;
  await p.deps.localPay.settle(intercept.id, 'SUCCESS');

  const notify = createPayNotify({
    ...p.deps,
    monotonicMs: () => performance.now(),
    engine: createInterceptEngine(p.deps),
    ledger: p.deps.notificationLedger,
    effectsBudgetMs: 50,
  });
  const started = performance.now();
  const { headers, body } = p.deps.payNotifications.sent[0];
  expect(await notify({ headers, body })).toEqual({ status: 204, body: '' });
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(channel.sent).toHaveLength(1);
  // Taken and recorded as paid; the submission still owes its answer.
  expect(await p.stored(intercept.id)).toMatchObject({ state: 'PAID', machine: { paid: true } });
});

test('storage failing mid-way asks WeChat Pay to send the notification again, and nothing is half applied', async () => {
  const p = interceptProduct();
  const { intercept } = await p.requestRedirect();
  p.deps.payNotifications.hold = true;
  await p.deps.localPay.settle(intercept.id, 'SUCCESS');
  const failing = { ...p.deps.store, transaction: () => Promise.reject(new Error('database unavailable')) };
  const notify = createPayNotify({
    ...p.deps,
    engine: createInterceptEngine({ ...p.deps, store: failing as never }),
    ledger: p.deps.notificationLedger,
  });
  const { headers, body } = p.deps.payNotifications.sent[0];
  expect(await notify({ headers, body })).toMatchObject({ status: 500, body: expect.stringContaining('"code":"FAIL"') });
  expect((await p.stored(intercept.id)).state).toBe('PAYMENT_PENDING');
  // The retry WeChat Pay sends is taken as the first.
  expect(await p.payNotify({ headers, body })).toMatchObject({ status: 204 });
  expect((await p.stored(intercept.id)).state).toBe('SUBMITTED');
});
