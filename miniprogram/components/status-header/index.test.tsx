import { render, screen } from '@testing-library/react';
import type { FollowedParcel, Parcel, TrackingEvent } from '../../../types';
import ParcelCard from '../parcel-card';
import StatusHeader from './index';

const NOW = Date.parse('2026-11-26T10:00:00+08:00');
const ev = (time: string, status: TrackingEvent['status'], text: string, reason: TrackingEvent['reason'] = null): TrackingEvent => ({
  time,
  status,
  reason,
  text,
  city: null,
  courier: null,
  rawCode: null,
});
const base: Parcel = {
  id: 'YTO:YT7530129834566',
  carrier: 'YTO',
  carrierName: '圆通速递',
  carrierPhone: '95554',
  waybillNo: 'YT7530129834566',
  status: 'IN_TRANSIT',
  reason: null,
  alerts: [],
  events: [ev('2026-11-22T08:00:00+08:00', 'IN_TRANSIT', '【武汉市】快件已到达【武汉转运中心】')],
  eta: { from: '2026-11-27T00:00:00+08:00', to: '2026-11-27T23:59:59+08:00', confidence: 0.8, source: 'CARRIER' },
  courier: null,
  pickup: null,
  queriedAt: '2026-11-26T10:00:00+08:00',
};

beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
afterEach(() => jest.restoreAllMocks());

test('regression (issue 9): a stalled parcel says how long it has been quiet and drops its stale estimate', () => {
  render(<StatusHeader parcel={{ ...base, alerts: ['STALE'] }} onCopy={() => undefined} />);
  expect(screen.getByTestId('quiet-for').textContent).toBe('已 4 天没有更新，最后一条：【武汉市】快件已到达【武汉转运中心】');
  expect(screen.queryByText(/预计/)).toBeNull();
});

test('a moving parcel keeps its estimate until the window has passed', () => {
  const { unmount } = render(<StatusHeader parcel={base} onCopy={() => undefined} />);
  expect(screen.getByText('预计 11月27日 送达')).toBeTruthy();
  unmount();
  const passed = { ...base.eta!, from: '2026-11-24T00:00:00+08:00', to: '2026-11-25T23:59:59+08:00' };
  render(<StatusHeader parcel={{ ...base, eta: passed }} onCopy={() => undefined} />);
  expect(screen.queryByText(/预计/)).toBeNull();
});

test('regression (issue 9): a parcel damaged on the way and then signed for says so under 已签收', () => {
  const events = [
    ev('2026-11-25T15:00:00+08:00', 'DELIVERED', '您的快件已签收'),
    ev('2026-11-24T09:00:00+08:00', 'EXCEPTION', '【武汉市】外包装破损，已加固', 'DAMAGED'),
    ...base.events,
  ];
  render(<StatusHeader parcel={{ ...base, status: 'DELIVERED', eta: null, events }} onCopy={() => undefined} />);
  expect(screen.getByTestId('parcel-status').textContent).toBe('已签收');
  expect(screen.getByTestId('past-trouble').textContent).toBe('途中曾：包裹破损');
});

test('regression (issue 9): 已退回 is the trouble colour in the header and on the 我的包裹 card alike', () => {
  const returned: Parcel = { ...base, status: 'RETURNED', eta: null };
  const item: FollowedParcel = { parcel: returned, remark: '', archived: false, changed: false, followedAt: '2026-11-20T10:00:00+08:00' };
  render(<StatusHeader parcel={returned} onCopy={() => undefined} />);
  render(<ParcelCard item={item} onOpen={() => undefined} onMore={() => undefined} />);
  expect(screen.getByTestId('parcel-status').closest('.status-header')!.className).toContain('status-header--trouble');
  expect(screen.getByTestId('parcel-card-status').className).toContain('parcel-card__status--trouble');
});
