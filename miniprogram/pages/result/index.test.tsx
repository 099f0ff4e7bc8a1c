import { act, render, screen } from '@testing-library/react';
import type { Parcel } from '../../../types';
import { resetTaroMock, router } from '../../../test/taro-mock/taro';
import Result from './index';

const lookupParcel = jest.fn();
jest.mock('../../services/tracking', () => ({
  lookupParcel: (input: unknown) => lookupParcel(input),
  takeCachedAnswer: () => null,
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
  queriedAt: '2026-11-22T10:00:00+08:00',
};

async function open() {
  router.params = { no: parcel.waybillNo, carrier: 'YTO' };
  render(<Result />);
  await act(async () => undefined);
}

beforeEach(() => {
  resetTaroMock();
  lookupParcel.mockReset();
});

test('a parcel with no trace yet says so kindly, with the alert and the hotline', async () => {
  lookupParcel.mockResolvedValue({ ok: true, data: { parcel, candidates: [], notice: null } });
  await open();
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
  lookupParcel.mockResolvedValue({
    ok: true,
    data: { parcel: { ...parcel, events }, candidates: [], notice: { code: 'CARRIER_UNAVAILABLE', message: '快递公司暂时查不到最新进度' } },
  });
  await open();
  expect(screen.getByTestId('result-notice').textContent).toBe('快递公司暂时查不到最新进度，以下是上次查到的物流信息');
  expect(screen.getByTestId('timeline').textContent).toContain('【杭州市】已发往苏州');
});

test('an error shows its message and a retry', async () => {
  lookupParcel.mockResolvedValue({ ok: false, error: { code: 'CARRIER_UNAVAILABLE', message: '快递公司查询服务暂时不可用，请稍后再试' } });
  await open();
  expect(screen.getByTestId('result-error').textContent).toContain('快递公司查询服务暂时不可用');
  expect(screen.getByText('重试')).toBeTruthy();
});
