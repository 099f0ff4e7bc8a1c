import { navigations, payment, resetTaroMock } from '../../test/taro-mock/taro';
import { finishPaySheet, pay, settleInSandbox, type PayOrder } from './pay';

const ORDER: PayOrder = {
  outTradeNo: 'IC20261123000001',
  feeFen: 2300,
  description: '改址 · 圆通速递 YT7530129834561',
  payment: { timeStamp: '1795400000', nonceStr: 'n', package: 'prepay_id=wx_local_1', signType: 'RSA', paySign: 's' },
};

/** The local server: dev login, and the pay sandbox's route answering as the test says. */
function sandbox(answer: { ok: boolean; data?: unknown; error?: unknown }) {
  const posted: { path: string; body: unknown }[] = [];
  global.fetch = jest.fn(async (path: string, init: { body: string }) => {
    posted.push({ path, body: JSON.parse(init.body) });
    const reply = path === '/api/_dev/login' ? { ok: true, data: { token: 't1' } } : answer;
    return { json: async () => reply } as Response;
  }) as unknown as typeof fetch;
  return posted;
}

beforeEach(() => {
  resetTaroMock();
  delete process.env.TARO_ENV;
});

test('in local mode pay() opens the pay sheet with the amount and what is paid for', async () => {
  const paying = pay(ORDER);
  expect(navigations).toEqual([
    `/pages/intercept/pay/index?no=IC20261123000001&fen=2300&what=${encodeURIComponent('改址 · 圆通速递 YT7530129834561')}`,
  ]);
  finishPaySheet('PAID');
  await expect(paying).resolves.toBe('PAID');
});

test('the sheet settles 支付 in the sandbox as SUCCESS for this order', async () => {
  const posted = sandbox({ ok: true, data: { tradeState: 'SUCCESS', notified: true } });
  await expect(settleInSandbox(ORDER.outTradeNo, 'SUCCESS')).resolves.toBe('PAID');
  expect(posted.at(-1)).toEqual({ path: '/api/_dev/pay', body: { outTradeNo: 'IC20261123000001', outcome: 'SUCCESS' } });
});

test('模拟支付失败 and closing the sheet come back as a failure and a cancel', async () => {
  sandbox({ ok: true, data: { tradeState: 'NOTPAY', notified: false } });
  await expect(settleInSandbox(ORDER.outTradeNo, 'FAIL')).resolves.toBe('FAILED');
  await expect(settleInSandbox(ORDER.outTradeNo, 'CANCEL')).resolves.toBe('CANCELLED');
});

test('a sandbox that refuses the order (closed, unknown) is a failure, never a payment', async () => {
  sandbox({ ok: false, error: { code: 'NOT_ALLOWED_IN_STATE', message: '沙箱拒绝了这次操作（ORDER_CLOSED）' } });
  await expect(settleInSandbox(ORDER.outTradeNo, 'SUCCESS')).resolves.toBe('FAILED');
});

test('a second payment waits for its own sheet, not the answer of the first', async () => {
  const first = pay(ORDER);
  finishPaySheet('CANCELLED');
  await expect(first).resolves.toBe('CANCELLED');
  const second = pay({ ...ORDER, outTradeNo: 'IC20261123000002' });
  finishPaySheet('PAID');
  await expect(second).resolves.toBe('PAID');
});

test('in WeChat pay() hands the parameters to requestPayment; closing the sheet is a cancel', async () => {
  process.env.TARO_ENV = 'weapp';
  payment.errMsg = 'requestPayment:fail cancel';
  await expect(pay(ORDER)).resolves.toBe('CANCELLED');
  expect(payment.asked).toEqual([ORDER.payment]);
  payment.errMsg = 'requestPayment:fail (detail message)';
  await expect(pay(ORDER)).resolves.toBe('FAILED');
  payment.errMsg = null;
  await expect(pay(ORDER)).resolves.toBe('PAID');
});
