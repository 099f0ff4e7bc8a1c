import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Parcel } from '../../../types';
import { navigations, resetTaroMock } from '../../../test/taro-mock/taro';
import InterceptEntry, { InterceptLink } from './index';

const checkIntercept = jest.fn();
jest.mock('../../services/intercepts', () => ({
  ...jest.requireActual('../../services/intercepts'),
  checkIntercept: (input: unknown) => checkIntercept(input),
}));

const parcel: Parcel = {
  id: 'YTO:YT7530129834561',
  carrier: 'YTO',
  carrierName: '圆通速递',
  carrierPhone: '95554',
  waybillNo: 'YT7530129834561',
  status: 'IN_TRANSIT',
  reason: null,
  alerts: [],
  events: [],
  eta: null,
  courier: null,
  pickup: null,
  queriedAt: '2026-11-22T10:00:00+08:00',
};
const verdict = (eligibility: string, reason: string) => ({ ok: true, data: { eligibility, reason } });

beforeEach(() => {
  resetTaroMock();
  checkIntercept.mockReset();
});

test('allowed: the entry opens the request page of this parcel', async () => {
  checkIntercept.mockResolvedValue(verdict('ALLOWED', '包裹在运输途中，可以申请拦截'));
  render(<InterceptEntry parcel={parcel} />);
  fireEvent.click(await screen.findByTestId('intercept-entry'));
  expect(navigations).toEqual(['/pages/intercept/new/index?no=YT7530129834561&carrier=YTO']);
});

test('warned: the entry says why it may be too late', async () => {
  checkIntercept.mockResolvedValue(verdict('WARNED', '包裹已到目的地城市，可能来不及拦截'));
  render(<InterceptEntry parcel={{ ...parcel, status: 'ARRIVED_DEST_CITY' }} />);
  expect((await screen.findByTestId('intercept-entry')).textContent).toContain('包裹已到目的地城市，可能来不及拦截');
});

test('refused, or the service unavailable: no entry at all', async () => {
  checkIntercept.mockResolvedValueOnce(verdict('REFUSED', '包裹正在派送，已经来不及拦截'));
  const { unmount } = render(<InterceptEntry parcel={parcel} />);
  await act(() => Promise.resolve()); // the verdict arrives
  expect(checkIntercept).toHaveBeenCalledTimes(1);
  expect(screen.queryByTestId('intercept-entry')).toBeNull();
  unmount();
  checkIntercept.mockResolvedValueOnce({ ok: false, error: { code: 'PAYMENT_UNAVAILABLE', message: '拦截改址暂未开通' } });
  render(<InterceptEntry parcel={parcel} />);
  await act(() => Promise.resolve());
  expect(checkIntercept).toHaveBeenCalledTimes(2);
  expect(screen.queryByTestId('intercept-entry')).toBeNull();
});

test('a delivered parcel is not even asked about, here or in 我的包裹', () => {
  render(
    <>
      <InterceptEntry parcel={{ ...parcel, status: 'DELIVERED' }} />
      <InterceptLink parcel={{ ...parcel, status: 'DELIVERED' }} />
    </>,
  );
  expect(checkIntercept).not.toHaveBeenCalled();
  expect(screen.queryByTestId('intercept-link')).toBeNull();
});
