import { fireEvent, render, screen } from '@testing-library/react';
import type { FollowedParcel } from '../../../types';
import ParcelCard from './index';

const item: FollowedParcel = {
  parcel: {
    id: 'YTO:YT7530129834569',
    carrier: 'YTO',
    carrierName: '圆通速递',
    carrierPhone: '95554',
    waybillNo: 'YT7530129834569',
    status: 'AWAITING_PICKUP',
    reason: null,
    alerts: ['PICKUP_OVERDUE'],
    events: [
      {
        time: '2026-11-20T10:00:00+08:00',
        status: 'AWAITING_PICKUP',
        reason: null,
        text: '您的快件已存放至【菜鸟驿站】，请凭取件码 5-2-3011 领取',
        city: null,
        courier: null,
        rawCode: null,
      },
    ],
    eta: null,
    courier: null,
    pickup: null,
    queriedAt: '2026-11-22T10:00:00+08:00',
  },
  remark: '给妈妈的药',
  archived: false,
  changed: true,
  followedAt: '2026-11-19T10:00:00+08:00',
};

test('a followed parcel shows its remark, status, latest event, alert and the moved-since-seen dot', () => {
  const onOpen = jest.fn();
  const onMore = jest.fn();
  render(<ParcelCard item={item} onOpen={onOpen} onMore={onMore} />);
  expect(screen.getByText('给妈妈的药')).toBeTruthy();
  expect(screen.getByTestId('parcel-card-status').textContent).toBe('待取件');
  expect(screen.getByText('驿站超时未取')).toBeTruthy();
  expect(screen.getByTestId('changed-badge')).toBeTruthy();
  fireEvent.click(screen.getByText('···'));
  expect(onMore).toHaveBeenCalledTimes(1);
  expect(onOpen).not.toHaveBeenCalled();
});

test('no dot once the user has seen the latest change', () => {
  render(<ParcelCard item={{ ...item, changed: false }} onOpen={() => undefined} onMore={() => undefined} />);
  expect(screen.queryByTestId('changed-badge')).toBeNull();
});
