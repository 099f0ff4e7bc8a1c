import { CloudbaseDocStore } from '../../server/adapters/cloudbase/cloudbase-doc-store';
import { createFakeCloudDb } from '../../server/adapters/cloudbase/fake-cloud-db';
import { LOCAL_PAY_REFUNDS } from '../../server/adapters/local-pay/local-pay';
import { LOCAL_INBOX, type InboxRecord } from '../../server/adapters/wechat/local-inbox-notifier';
import type { DocStore } from '../../server/ports/doc-store';
import { interceptPage } from '../../types/intercepts';
import { fakeCarrierChannel, HOUR, IN_TRANSIT_NO, interceptProduct, scriptedCarrier } from '../support/intercept-product';

const states = (i: { history: { state: string }[] }) => i.history.map((h) => h.state);

/**
 * Whole intercepts through the functions, on SQLite and on the 云开发 store (whose transactions
 * allow no queries): WeChat Pay is the local pay sandbox, whose notifications are real signed,
 * encrypted v3 notifications taken by payNotify.
 */
describe.each<[string, () => DocStore | undefined]>([
  ['SQLite', () => undefined],
  ['云开发', () => new CloudbaseDocStore(createFakeCloudDb())],
])('intercepts on %s', (_name, makeStore) => {
  const product = (o: Parameters<typeof interceptProduct>[0] = {}) => interceptProduct({ store: makeStore(), ...o });

  test('paid, notified twice, executed by staff: success, every step in 消息, one service notification per credit', async () => {
    const p = product();
    await p.ok('reportSubscription', { results: { service: 'accept' } });
    const { intercept, payment } = await p.requestRedirect();
    expect(intercept).toMatchObject({ state: 'PAYMENT_PENDING', feeFen: 1800 + 500, canCancel: true, outTradeNo: intercept.id });
    expect(payment.package).toMatch(/^prepay_id=/);

    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    const [notification] = p.deps.payNotifications.sent;
    const afterPay = await p.stored(intercept.id);
    expect(afterPay).toMatchObject({ state: 'SUBMITTED', channel: 'STAFF' });
    expect(await p.payNotify(notification)).toMatchObject({ status: 204 });
    expect(await p.stored(intercept.id)).toMatchObject({ _v: afterPay._v, history: afterPay.history });

    const queue = await p.staff('staffInterceptQueue', {});
    expect(queue).toMatchObject({ ok: true, data: { items: [{ id: intercept.id, waitingSince: '2026-11-22T10:00:00+08:00' }] } });
    expect(await p.staff('staffResolveIntercept', { id: intercept.id, outcome: 'SUCCEEDED', note: '已联系网点改派' })).toMatchObject({
      ok: true,
      data: { intercept: { state: 'SUCCEEDED' } },
    });
    const seen = await p.ok('getIntercept', { id: intercept.id });
    expect(states(seen.intercept)).toEqual(['REQUESTED', 'PAYMENT_PENDING', 'PAID', 'SUBMITTED', 'SUCCEEDED']);
    expect(seen.intercept.history.at(-1)!.note).toBe('拦截成功：已联系网点改派');
    expect(await p.staff('staffInterceptQueue', {})).toMatchObject({ ok: true, data: { items: [] } });

    const messages = await p.messages();
    expect(messages.map((m) => m.title)).toEqual(['改址：已支付', '改址：处理中', '改址：拦截成功']);
    expect(messages.every((m) => m.link === interceptPage(intercept.id))).toBe(true);
    await p.monitor(); // flushes the outbox
    const pushed = await p.deps.store.find<InboxRecord>(LOCAL_INBOX, { where: { openid: 'o_alice' } });
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({
      templateId: 'local-service',
      page: interceptPage(intercept.id),
      data: { phrase2: { value: '已支付' } },
    });
  });

  test('a notification that comes late is refused; coming back from paying, the order is asked for and the payment found', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    p.deps.payNotifications.hold = true;
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    p.deps.clock.advance(6 * 60_000);
    expect(await p.payNotify(p.deps.payNotifications.sent[0])).toMatchObject({
      status: 401,
      body: expect.stringContaining('STALE_TIMESTAMP'),
    });
    expect((await p.stored(intercept.id)).state).toBe('PAYMENT_PENDING');
    expect((await p.ok('getIntercept', { id: intercept.id })).intercept.state).toBe('SUBMITTED');
  });

  test('cancel before paying closes the order: nothing can be paid and nothing is charged', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    const { intercept: cancelled } = await p.ok('cancelIntercept', { id: intercept.id });
    expect(cancelled).toMatchObject({ state: 'CANCELLED', canCancel: false });
    expect(cancelled.history.at(-1)!.note).toBe('已取消申请');
    await expect(p.deps.localPay.settle(intercept.id, 'SUCCESS')).rejects.toMatchObject({ kind: 'ORDER_CLOSED' });
    expect(await p.ok('cancelIntercept', { id: intercept.id })).toMatchObject({ intercept: { state: 'CANCELLED' } });
    expect(await p.deps.store.count(LOCAL_PAY_REFUNDS)).toBe(0);
  });

  test('a payment that lands while the user cancels is refunded once, in full; its late notification changes nothing', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    p.deps.payNotifications.hold = true;
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    const { intercept: cancelled } = await p.ok('cancelIntercept', { id: intercept.id });
    expect(cancelled.state).toBe('REFUNDING');
    expect(await p.payNotify(p.deps.payNotifications.sent[0])).toMatchObject({ status: 204 });
    expect((await p.stored(intercept.id)).state).toBe('REFUNDING');
    p.deps.payNotifications.hold = false;
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'SUCCESS');
    expect(states((await p.ok('getIntercept', { id: intercept.id })).intercept)).toEqual([
      'REQUESTED',
      'PAYMENT_PENDING',
      'CANCELLED',
      'CANCELLED',
      'REFUNDING',
      'REFUNDED',
    ]);
    expect(await p.deps.store.count(LOCAL_PAY_REFUNDS)).toBe(1);
  });

  test('cancel after paying but before submission refunds in full; once submitted it is refused', async () => {
    const channel = fakeCarrierChannel('UNAVAILABLE');
    const p = product({ carrierIntercept: channel });
    const { intercept } = await p.requestRedirect();
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    expect((await p.stored(intercept.id)).state).toBe('PAID');
    expect((await p.ok('cancelIntercept', { id: intercept.id })).intercept.state).toBe('REFUNDING');
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'SUCCESS');
    expect((await p.stored(intercept.id)).state).toBe('REFUNDED');

    channel.answer = 'OK';
    const second = await p.requestRedirect();
    await p.deps.localPay.settle(second.intercept.id, 'SUCCESS');
    expect(await p.stored(second.intercept.id)).toMatchObject({ state: 'SUBMITTED', channel: 'CARRIER' });
    expect(await p.reply('cancelIntercept', { id: second.intercept.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE' },
    });
  });

  test('staff report a failure: refunded in full; the refund notification replayed changes nothing', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    const failed = await p.staff('staffResolveIntercept', { id: intercept.id, outcome: 'FAILED', note: '快递员已出发派送' });
    expect(failed).toMatchObject({ ok: true, data: { intercept: { state: 'REFUNDING' } } });
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'SUCCESS');
    const refunded = await p.stored(intercept.id);
    expect(refunded.state).toBe('REFUNDED');
    const refundNotice = p.deps.payNotifications.sent.at(-1)!;
    expect(JSON.parse(refundNotice.body).event_type).toBe('REFUND.SUCCESS');
    expect(await p.payNotify(refundNotice)).toMatchObject({ status: 204 });
    expect(await p.stored(intercept.id)).toMatchObject({ _v: refunded._v });
    expect((await p.messages()).map((m) => m.body).slice(-3)).toEqual([
      '拦截失败：快递员已出发派送，费用将全额原路退回',
      '退款已发起，将原路退回',
      '退款成功，已原路退回',
    ]);
    expect(await p.staff('staffResolveIntercept', { id: intercept.id, outcome: 'SUCCEEDED', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE' },
    });
  });

  test('a refund WeChat closes is sent again under a new number, and the fee goes back once', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    await p.staff('staffResolveIntercept', { id: intercept.id, outcome: 'FAILED', note: '网点已派出' });
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'CLOSED');
    expect(await p.stored(intercept.id)).toMatchObject({ state: 'REFUNDING', machine: { refundAttempt: 2 }, staffAlert: 'REFUND_CLOSED' });
    await p.deps.localPay.settleRefund(`${intercept.id}R2`, 'SUCCESS');
    expect((await p.stored(intercept.id)).state).toBe('REFUNDED');
    const refunds = await p.deps.store.find<{ status: string; refundFen: number }>(LOCAL_PAY_REFUNDS, {});
    expect(refunds.filter((r) => r.status === 'SUCCESS').map((r) => r.refundFen)).toEqual([2300]);
  });

  test('the carrier channel takes it; the timeline then shows delivery at the old address: failed, refunded by the watch timer', async () => {
    const channel = fakeCarrierChannel();
    const p = product({ carrierIntercept: channel });
    const { intercept } = await p.requestRedirect();
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    expect(channel.sent).toEqual([
      {
        carrier: 'YTO',
        waybillNo: IN_TRANSIT_NO,
        type: 'REDIRECT',
        newReceiver: { name: '张三', phone: '13800138000', printAddr: '江苏省苏州市姑苏区人民路 100 号 3 栋 201' },
        reason: '收件人申请改址',
        reference: intercept.id,
      },
    ]);
    p.deps.clock.advance(4 * 24 * HOUR);
    const { parcel } = await p.ok('lookup', { waybillNo: IN_TRANSIT_NO });
    expect(parcel?.status).toBe('DELIVERED');
    // Decided with the trace; the refund waits for a function that holds the payment port.
    expect(await p.stored(intercept.id)).toMatchObject({ state: 'FAILED', nextCheckAtMs: p.deps.clock.now() });
    await p.watch();
    expect((await p.stored(intercept.id)).state).toBe('REFUNDING');
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'SUCCESS');
    const done = (await p.ok('getIntercept', { id: intercept.id })).intercept;
    expect(done.state).toBe('REFUNDED');
    expect(done.history.find((h) => h.state === 'FAILED')!.note).toContain('物流显示包裹仍按原地址派送');
  });

  test('a success staff reported, proven wrong by the timeline, is refunded and staff alerted', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    await p.staff('staffResolveIntercept', { id: intercept.id, outcome: 'SUCCEEDED', note: '' });
    p.deps.clock.advance(4 * 24 * HOUR);
    await p.ok('lookup', { waybillNo: IN_TRANSIT_NO });
    expect(await p.stored(intercept.id)).toMatchObject({ state: 'FAILED', staffAlert: 'TRACKING_CONTRADICTS' });
    // The console's 拦截任务 shows it to staff, with who recorded the success.
    expect(await p.staff('staffInterceptAlerts', {})).toMatchObject({
      ok: true,
      data: { items: [{ id: intercept.id, alert: 'TRACKING_CONTRADICTS', resolvedBy: 'agent.li', state: 'FAILED' }] },
    });
    await p.watch();
    await p.deps.localPay.settleRefund(`${intercept.id}R1`, 'SUCCESS');
    expect(states((await p.ok('getIntercept', { id: intercept.id })).intercept).slice(-4)).toEqual([
      'SUCCEEDED',
      'FAILED',
      'REFUNDING',
      'REFUNDED',
    ]);
  });

  test('a return that shows up in the timeline completes it, read by the watch timer', async () => {
    const carrier = scriptedCarrier();
    carrier.events.push(
      { time: '2026-11-22T06:00:00+08:00', text: '【武汉市】快件已揽收', city: '武汉市' },
      { time: '2026-11-22T08:00:00+08:00', text: '【武汉市】快件已到达【武汉转运中心】', city: '武汉市' },
    );
    const p = product({ carriers: carrier });
    await p.ok('lookup', { waybillNo: IN_TRANSIT_NO, carrier: 'YTO' });
    const { intercept } = await p.ok('requestIntercept', { waybillNo: IN_TRANSIT_NO, carrier: 'YTO', type: 'RETURN', phoneTail: '1234' });
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    carrier.events.push({ time: '2026-11-22T13:00:00+08:00', text: '【武汉市】快件已拦截，退回寄件人', city: '武汉市' });
    p.deps.clock.advance(3 * HOUR);
    await p.watch();
    const done = await p.stored(intercept.id);
    expect(done.state).toBe('SUCCEEDED');
    expect(done.history.at(-1)!.note).toBe('拦截成功：物流显示包裹已在退回途中');
  });

  test('unpaid requests expire: the order is closed and the user told', async () => {
    const p = product();
    const { intercept } = await p.requestRedirect();
    p.deps.clock.advance(16 * 60_000);
    await p.watch();
    const expired = await p.stored(intercept.id);
    expect(expired).toMatchObject({ state: 'CANCELLED', nextCheckAtMs: null });
    expect(expired.history.at(-1)!.note).toBe('超时未支付，申请已自动取消');
    expect((await p.deps.localPay.queryOrder(intercept.id)).tradeState).toBe('CLOSED');
  });

  test('no outcome within 48 hours: failed, refunded, and staff alerted', async () => {
    const carrier = scriptedCarrier();
    carrier.events.push({ time: '2026-11-22T08:00:00+08:00', text: '【武汉市】快件已到达【武汉转运中心】', city: '武汉市' });
    const p = product({ carriers: carrier });
    const { intercept } = await p.ok('requestIntercept', { waybillNo: IN_TRANSIT_NO, carrier: 'YTO', type: 'RETURN', phoneTail: '1234' });
    await p.deps.localPay.settle(intercept.id, 'SUCCESS');
    for (let h = 0; h < 50; h += 2) {
      p.deps.clock.advance(2 * HOUR);
      await p.watch();
    }
    expect(await p.stored(intercept.id)).toMatchObject({ state: 'REFUNDING', staffAlert: 'OUTCOME_OVERDUE' });
  });
});
