import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Parcel } from '../../../types';
import { calls, resetTaroMock, router } from '../../../test/taro-mock/taro';
import Result from './index';

const lookupParcel = jest.fn();
const followParcel = jest.fn();
const updateFollowed = jest.fn();
const askReminders = jest.fn();
const reportReminders = jest.fn();
const tails = new Map<string, string>();
jest.mock('../../services/tracking', () => ({
  lookupParcel: (input: { waybillNo: string; phoneTail?: string }) => {
    if (input.phoneTail) tails.set(input.waybillNo, input.phoneTail);
    return lookupParcel(input);
  },
  takeCachedAnswer: () => null,
  rememberedTail: (no: string) => tails.get(no),
}));
jest.mock('../../services/follow', () => ({
  followParcel: (input: unknown) => followParcel(input),
  updateFollowed: (input: unknown) => updateFollowed(input),
}));
jest.mock('../../services/subscribe', () => ({
  askReminders: () => askReminders(),
  reportReminders: (answer: unknown) => reportReminders(answer),
  requestReminders: async () => null,
}));

const parcel: Parcel = {
  id: 'YTO:YT7530129834567',
  carrier: 'YTO',
  carrierName: '圆通速递',
  carrierPhone: '95554',
  waybillNo: 'YT7530129834567',
  status: 'IN_TRANSIT',
  reason: null,
  alerts: ['STALE'],
  events: [],
  eta: null,
  courier: null,
  pickup: null,
  queriedAt: '2026-11-22T10:00:00+08:00',
};
const sf: Parcel = {
  ...parcel,
  id: 'SF:SF1234567890121',
  carrier: 'SF',
  carrierName: '顺丰速运',
  waybillNo: 'SF1234567890121',
  alerts: [],
};
const answer = (p: Parcel | null, extra: object = {}) => ({
  ok: true,
  data: { parcel: p, candidates: [], notice: null, following: false, needsPhoneTail: null, ...extra },
});
const credits = { progress: 1, exception: 1, service: 0 };

async function open(params: Record<string, string>) {
  router.params = params;
  render(<Result />);
  await act(async () => undefined);
}

beforeEach(() => {
  resetTaroMock();
  tails.clear();
  for (const fn of [lookupParcel, followParcel, updateFollowed, askReminders, reportReminders]) fn.mockReset();
});

test('a parcel with no trace yet says so kindly, with the alert and the hotline', async () => {
  lookupParcel.mockResolvedValue(answer(parcel));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.getByTestId('no-trace').textContent).toContain('暂无物流信息');
  expect(screen.getByText('超时未更新')).toBeTruthy();
  expect(screen.getByText('95554')).toBeTruthy();
});

test('when the carrier is down the last known timeline shows under a notice', async () => {
  const events = [
    {
      time: '2026-11-21T08:00:00+08:00',
      status: 'IN_TRANSIT' as const,
      reason: null,
      text: '【杭州市】已发往苏州',
      city: '杭州',
      courier: null,
      rawCode: null,
    },
  ];
  lookupParcel.mockResolvedValue(
    answer({ ...parcel, events }, { notice: { code: 'CARRIER_UNAVAILABLE', message: '快递公司暂时查不到最新进度' } }),
  );
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.getByTestId('result-notice').textContent).toBe('快递公司暂时查不到最新进度，以下是上次查到的物流信息');
  expect(screen.getByTestId('timeline').textContent).toContain('【杭州市】已发往苏州');
});

test('an error shows its message and a retry', async () => {
  lookupParcel.mockResolvedValue({ ok: false, error: { code: 'CARRIER_UNAVAILABLE', message: '快递公司查询服务暂时不可用，请稍后再试' } });
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.getByTestId('result-error').textContent).toContain('快递公司查询服务暂时不可用');
  expect(screen.getByText('重试')).toBeTruthy();
});

test('regression (issue 9): SF from 最近查询 in a new session asks for the phone tail here, then shows the parcel', async () => {
  lookupParcel.mockResolvedValueOnce(answer(null, { needsPhoneTail: 'SF' })).mockResolvedValueOnce(answer(sf));
  await open({ no: sf.waybillNo, carrier: 'SF' });
  expect(screen.getByText('顺丰速运需要验证收件人或寄件人手机号后四位')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('手机号后四位'), { target: { value: '5678' } });
  await act(async () => fireEvent.click(screen.getByText('验证并查询')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: sf.waybillNo, carrier: 'SF', phoneTail: '5678' });
  expect(screen.getByTestId('parcel-status').textContent).toBe('运输中');
});

test('regression (issue 9): following SF sends the phone tail it was opened with, and reports the consent only once the follow held', async () => {
  lookupParcel.mockResolvedValueOnce(answer(null, { needsPhoneTail: 'SF' })).mockResolvedValueOnce(answer(sf));
  askReminders.mockResolvedValue({ progress: 'accept', exception: 'accept' });
  reportReminders.mockResolvedValue(credits);
  followParcel.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络不给力，请检查网络后重试' } });
  await open({ no: sf.waybillNo, carrier: 'SF' });
  fireEvent.change(screen.getByPlaceholderText('手机号后四位'), { target: { value: '5678' } });
  await act(async () => fireEvent.click(screen.getByText('验证并查询')));

  await act(async () => fireEvent.click(screen.getByTestId('follow')));
  expect(followParcel).toHaveBeenLastCalledWith({ waybillNo: sf.waybillNo, carrier: 'SF', phoneTail: '5678' });
  expect(calls.toasts).toEqual(['网络不给力，请检查网络后重试']);
  expect(reportReminders).not.toHaveBeenCalled();

  followParcel.mockResolvedValueOnce({ ok: true, data: { item: {}, credits: { progress: 0, exception: 0, service: 0 } } });
  await act(async () => fireEvent.click(screen.getByTestId('follow')));
  expect(reportReminders).toHaveBeenCalledTimes(1);
  expect(screen.getByTestId('reminders').textContent).toContain('还能收到 1 条进度提醒、1 条异常提醒');
});

test('regression (issue 9): an unfollowed parcel is not probed with updateParcel; a followed one is marked seen', async () => {
  lookupParcel.mockResolvedValue(answer(parcel));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(updateFollowed).not.toHaveBeenCalled();
  expect(screen.getByTestId('follow')).toBeTruthy();

  resetTaroMock();
  lookupParcel.mockResolvedValue(answer(parcel, { following: true }));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(updateFollowed).toHaveBeenCalledWith({ parcelId: parcel.id, seen: true });
  expect(screen.getByTestId('following')).toBeTruthy();
});

test('regression (issue 9): a deep link without a carrier still offers 关注', async () => {
  lookupParcel.mockResolvedValue(answer(parcel));
  await open({ no: parcel.waybillNo });
  expect(lookupParcel).toHaveBeenCalledWith({ waybillNo: parcel.waybillNo, carrier: undefined, phoneTail: undefined });
  expect(screen.getByTestId('follow')).toBeTruthy();
});

test('a deep link to an ambiguous number asks which carrier, right here', async () => {
  const candidates = [{ carrier: 'YD', name: '韵达快递', confidence: 0.5 }];
  lookupParcel.mockResolvedValueOnce(answer(null, { candidates })).mockResolvedValueOnce(answer({ ...parcel, carrier: 'YD' }));
  await open({ no: '432012345678901' });
  await act(async () => fireEvent.click(screen.getByText('韵达快递')));
  expect(lookupParcel).toHaveBeenLastCalledWith({ waybillNo: '432012345678901', carrier: 'YD', phoneTail: undefined });
  expect(screen.getByTestId('parcel-status')).toBeTruthy();
});

test('a parcel waiting in a locker shows its pickup card: the code big, the station, the address, each copied with a tap', async () => {
  const pickupEvent = {
    time: '2026-11-24T09:00:00+08:00',
    status: 'AWAITING_PICKUP' as const,
    reason: null,
    text: '【杭州市】您的快件已存放至【菜鸟驿站】，请凭取件码 5-2-3011 领取',
    city: '杭州市',
    courier: null,
    rawCode: null,
  };
  const waiting: Parcel = {
    ...parcel,
    status: 'AWAITING_PICKUP',
    alerts: [],
    events: [pickupEvent],
    pickup: { code: '5-2-3011', station: '幸福里菜鸟驿站', address: '幸福里小区南门' },
  };
  lookupParcel.mockResolvedValue(answer(waiting));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.getByTestId('pickup-code').textContent).toBe('5-2-3011');
  expect(screen.getByTestId('pickup-station').textContent).toBe('幸福里菜鸟驿站');
  await act(async () => fireEvent.click(screen.getByText('复制取件码')));
  await act(async () => fireEvent.click(screen.getByText('复制地址')));
  expect(calls.clipboard).toEqual(['5-2-3011', '幸福里小区南门']);
  expect(screen.getByTestId('progress').textContent).toContain('待取件');
});

test('an exception is explained with what to do next; a parcel on its way has no such card', async () => {
  lookupParcel.mockResolvedValue(answer({ ...parcel, status: 'EXCEPTION', reason: 'DAMAGED', alerts: [] }));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.getByTestId('advice').textContent).toBe(
    '包裹破损运输途中外包装或内件受损。怎么办：请拍照留证，可以拒收，并联系客服要求理赔。',
  );

  resetTaroMock();
  document.body.innerHTML = '';
  lookupParcel.mockResolvedValue(answer({ ...parcel, alerts: [] }));
  await open({ no: parcel.waybillNo, carrier: 'YTO' });
  expect(screen.queryByTestId('advice')).toBeNull();
});
