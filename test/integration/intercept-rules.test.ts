import { LOCAL_PAY_ORDERS } from '../../server/adapters/local-pay/local-pay';
import { RATE_LIMITS } from '../../server/use-cases/rate-limiter';
import { MESSAGES } from '../../server/use-cases/follow/notify-followers';
import { INTERCEPTS } from '../../server/use-cases/intercepts/intercept.repository';
import { PROOF_TRIES } from '../../server/use-cases/intercepts/proof-tries.repository';
import type { FunctionName } from '../../types/functions';
import { HOUR, IN_TRANSIT_NO, interceptProduct, SUZHOU_ADDRESS, type InterceptProduct } from '../support/intercept-product';

const SF = 'SF1234567890126'; // sandbox: 顺丰 (needs a phone tail; 0000 is the wrong one), stalls in transit for days
const WRITTEN = [INTERCEPTS, MESSAGES, PROOF_TRIES, LOCAL_PAY_ORDERS, RATE_LIMITS];
const counts = (p: InterceptProduct) => Promise.all(WRITTEN.map((c) => p.deps.store.count(c)));

describe('checkIntercept: may it still be stopped, how likely, for how much', () => {
  test('in transit: allowed, likely, three ways with their fees and the refund promise', async () => {
    const p = interceptProduct();
    await p.ok('lookup', { waybillNo: IN_TRANSIT_NO });
    expect(await p.ok('checkIntercept', { waybillNo: IN_TRANSIT_NO })).toEqual({
      eligibility: 'ALLOWED',
      reason: '包裹在运输途中，可以申请拦截',
      likelihood: { band: 'LIKELY', label: '很可能成功', reason: '包裹还在运输途中' },
      options: [
        { type: 'RETURN', feeFen: 1500, crossProvinceSurchargeFen: 0 },
        { type: 'REDIRECT', feeFen: 1800, crossProvinceSurchargeFen: 500 },
        { type: 'HOLD', feeFen: 1000, crossProvinceSurchargeFen: 0 },
      ],
      wayOut: null,
      refundPolicy: expect.stringContaining('全额原路退回'),
      lockedUntil: null,
    });
  });

  test('delivered: refused with the way out, and a request for it writes nothing', async () => {
    const p = interceptProduct();
    await p.ok('lookup', { waybillNo: 'YT7530129834560' });
    p.deps.clock.advance(5 * 24 * HOUR);
    const check = await p.ok('checkIntercept', { waybillNo: 'YT7530129834560' });
    expect(check).toMatchObject({ eligibility: 'REFUSED', reason: '包裹已签收，无法拦截', options: [] });
    expect(check.wayOut).toEqual({ courierPhone: expect.stringMatching(/^1\d{10}$/), carrierHotline: '95554' });
    const before = await counts(p);
    expect(await p.reply('requestIntercept', { waybillNo: 'YT7530129834560', type: 'RETURN', phoneTail: '1234' })).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE', message: '包裹已签收，无法拦截' },
    });
    expect((await counts(p)).slice(0, 4)).toEqual(before.slice(0, 4));
  });

  test('a number of several carriers needs the carrier', async () => {
    const p = interceptProduct();
    expect(await p.reply('checkIntercept', { waybillNo: '432012345678901' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请先选择快递公司' },
    });
  });

  test('a 顺丰 parcel is shown as lookup shows it: to whoever gives the phone tail, or follows it, not to anyone else', async () => {
    const p = interceptProduct();
    await p.ok('bindParcel', { waybillNo: SF, phoneTail: '5678' }, 'o_alice');
    expect(await p.ok('checkIntercept', { waybillNo: SF }, 'o_alice')).toMatchObject({ eligibility: 'ALLOWED' });
    expect(await p.reply('checkIntercept', { waybillNo: SF }, 'o_bob')).toEqual({
      ok: false,
      error: { code: 'NEEDS_PHONE_TAIL', message: '请先输入收件人或寄件人手机号后四位' },
    });
    expect(await p.reply('checkIntercept', { waybillNo: SF, phoneTail: '0000' }, 'o_bob')).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_PHONE_TAIL', message: '手机号后四位不对，请核对收件人或寄件人的手机号' },
    });
    expect(await p.ok('checkIntercept', { waybillNo: SF, phoneTail: '4321' }, 'o_bob')).toMatchObject({ eligibility: 'ALLOWED' });
  });

  test('a type the carrier does not offer is refused before anything is written', async () => {
    const p = interceptProduct();
    await p.ok('lookup', { waybillNo: SF, phoneTail: '5678' });
    const before = await counts(p);
    expect(await p.reply('requestIntercept', { waybillNo: SF, type: 'HOLD', phoneTail: '5678' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '这家快递暂不提供这种拦截方式' },
    });
    expect((await counts(p)).slice(0, 4)).toEqual(before.slice(0, 4));
  });
});

describe('proof of right: the last four digits of a phone on the waybill', () => {
  test('顺丰 judges the tail; five wrong tries lock that parcel for that user for a day, even with the right tail', async () => {
    const p = interceptProduct();
    await p.ok('lookup', { waybillNo: SF, phoneTail: '5678' });
    const ask = (phoneTail: string, who = 'o_alice') => p.reply('requestIntercept', { waybillNo: SF, type: 'RETURN', phoneTail }, who);
    for (const left of [4, 3, 2, 1])
      expect(await ask('0000')).toEqual({
        ok: false,
        error: { code: 'NEEDS_PHONE_TAIL', message: `手机号后四位不对，还可以再试 ${left} 次` },
      });
    const locked = { ok: false, error: { code: 'RATE_LIMITED', message: '手机号后四位错误次数过多，请于 2026年11月23日 10:00 后再试' } };
    expect(await ask('0000')).toEqual(locked);
    expect(await ask('5678')).toEqual(locked);
    expect(await p.ok('checkIntercept', { waybillNo: SF, phoneTail: '5678' })).toMatchObject({ lockedUntil: '2026-11-23T10:00:00+08:00' });
    expect(await p.ok('checkIntercept', { waybillNo: SF, phoneTail: '5678' }, 'o_bob')).toMatchObject({ lockedUntil: null });
    expect(await p.deps.store.count(INTERCEPTS)).toBe(0);

    p.deps.clock.advance(24 * HOUR);
    const { intercept } = await p.ok('requestIntercept', { waybillNo: SF, type: 'RETURN', phoneTail: '5678' });
    expect(intercept.state).toBe('PAYMENT_PENDING');
    expect((await p.stored(intercept.id)).proof).toBe('MATCHED');
  });

  test('a carrier that needs no tail has none to compare: the request goes on unverified, for whoever executes it to check', async () => {
    const p = interceptProduct();
    const { intercept } = await p.requestRedirect();
    expect(await p.stored(intercept.id)).toMatchObject({ proof: 'UNVERIFIED', phoneTailSealed: expect.not.stringContaining('1234') });
  });
});

describe('one intercept at a time per parcel', () => {
  test('asking again before paying replaces the unpaid request (its order closed); a paid one blocks everyone else', async () => {
    const p = interceptProduct();
    const first = await p.requestRedirect();
    p.deps.clock.advance(60_000);
    const second = await p.requestRedirect();
    expect((await p.stored(first.intercept.id)).state).toBe('CANCELLED');
    expect((await p.deps.localPay.queryOrder(first.intercept.id)).tradeState).toBe('CLOSED');
    await p.deps.localPay.settle(second.intercept.id, 'SUCCESS');
    expect(await p.reply('requestIntercept', { waybillNo: IN_TRANSIT_NO, type: 'RETURN', phoneTail: '4321' }, 'o_bob')).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED_IN_STATE', message: '这个包裹已有拦截申请在处理中' },
    });
    expect((await p.ok('listIntercepts', {})).items.map((i) => [i.id, i.state])).toEqual([
      [second.intercept.id, 'SUBMITTED'],
      [first.intercept.id, 'CANCELLED'],
    ]);
  });
});

describe('bad input to every new function: INVALID_INPUT with a Chinese message, nothing written', () => {
  const address = SUZHOU_ADDRESS;
  const request = { waybillNo: IN_TRANSIT_NO, type: 'RETURN', phoneTail: '1234' };
  const BAD: [FunctionName, unknown, string][] = [
    ['checkIntercept', {}, '请输入快递单号'],
    ['checkIntercept', { waybillNo: '12' }, '单号太短了'],
    ['checkIntercept', { waybillNo: IN_TRANSIT_NO, carrier: 'yto' }, '快递公司编码不正确'],
    ['requestIntercept', { ...request, type: 'FLY' }, '请选择拦截方式'],
    ['requestIntercept', { ...request, phoneTail: '12a4' }, '请输入手机号后四位数字'],
    ['requestIntercept', { ...request, type: 'REDIRECT' }, '改址需要填写新地址'],
    ['requestIntercept', { ...request, newAddress: address }, '只有改址需要填写新地址'],
    ['requestIntercept', { ...request, type: 'REDIRECT', newAddress: { ...address, cityCode: '4403' } }, '所选省市区不匹配，请重新选择'],
    ['requestIntercept', { ...request, type: 'REDIRECT', newAddress: { ...address, phone: '12345' } }, '请填写 11 位手机号'],
    ['requestIntercept', { ...request, type: 'REDIRECT', newAddress: { ...address, detail: '  ' } }, '请填写详细地址'],
    ['getIntercept', {}, '拦截单号不正确'],
    ['getIntercept', { id: '../../etc' }, '拦截单号不正确'],
    ['listIntercepts', [], '输入有误'],
    ['cancelIntercept', { id: 42 }, '拦截单号不正确'],
  ];

  test.each(BAD)('%s %j', async (fn, body, message) => {
    const p = interceptProduct();
    await p.ok('lookup', { waybillNo: IN_TRANSIT_NO });
    const before = await counts(p);
    const reply = await p.reply(fn, body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(message) } });
    expect(await counts(p)).toEqual(before);
  });

  test.each<[string, unknown, string]>([
    ['staffInterceptQueue', { limit: 0 }, '每页至少 1 条'],
    ['staffInterceptQueue', { limit: 'all' }, '输入有误，请检查后重试'],
    ['staffResolveIntercept', { id: 'ICxxxxxx', outcome: 'FAILED', note: ' ' }, '请写明失败原因，用户会看到'],
    ['staffResolveIntercept', { id: 'ICxxxxxx', outcome: 'MAYBE' }, '请选择处理结果'],
  ])('%s %j', async (fn, body, message) => {
    const p = interceptProduct();
    const before = await counts(p);
    expect(await p.staff(fn as 'staffInterceptQueue', body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } });
    expect(await counts(p)).toEqual(before);
  });
});

describe('without WeChat Pay (the cloud without its keys)', () => {
  test('intercepts say plainly that they are not offered; lists and look-ups still work; payNotify asks to be retried', async () => {
    const p = interceptProduct({ payments: null });
    await p.ok('lookup', { waybillNo: IN_TRANSIT_NO });
    const unavailable = { ok: false, error: { code: 'PAYMENT_UNAVAILABLE', message: '拦截改址暂未开通，如需拦截请联系快递公司客服' } };
    expect(await p.reply('checkIntercept', { waybillNo: IN_TRANSIT_NO })).toEqual(unavailable);
    expect(await p.reply('requestIntercept', { waybillNo: IN_TRANSIT_NO, type: 'RETURN', phoneTail: '1234' })).toEqual(unavailable);
    expect(await p.ok('listIntercepts', {})).toEqual({ items: [] });
    expect(await p.reply('getIntercept', { id: 'ICnothing1' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await p.payNotify({ headers: {}, body: '{}' })).toMatchObject({ status: 500 });
  });
});
