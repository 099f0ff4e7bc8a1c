import { PARCEL_FILTERS, type ParcelStatus } from '../../../types';
import { inFilter, tabOf } from './follow-views';

test('regression (issue 9): 我的包裹’s tabs add up to 全部 — a stale parcel in transit counts once, under 异常', () => {
  const parcels: { status: ParcelStatus; alerts: string[] }[] = [
    { status: 'IN_TRANSIT', alerts: [] },
    { status: 'IN_TRANSIT', alerts: ['STALE'] },
    { status: 'ARRIVED_DEST_CITY', alerts: ['OVERDUE'] },
    { status: 'AWAITING_PICKUP', alerts: ['PICKUP_OVERDUE'] },
    { status: 'DELIVERED', alerts: [] },
    { status: 'RETURNED', alerts: [] },
    { status: 'UNKNOWN', alerts: [] },
  ];
  const count = (f: (typeof PARCEL_FILTERS)[number]) => parcels.filter((p) => inFilter(f, p)).length;
  const tabs = PARCEL_FILTERS.filter((f) => f !== 'ALL');
  expect(tabs.reduce((sum, f) => sum + count(f), 0)).toBe(count('ALL'));
  expect(parcels.map(tabOf)).toEqual(['IN_TRANSIT', 'EXCEPTION', 'EXCEPTION', 'PICKUP', 'DELIVERED', 'EXCEPTION', 'IN_TRANSIT']);
});
