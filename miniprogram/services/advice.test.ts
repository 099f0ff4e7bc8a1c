import { adviceFor } from './advice';

test('an exception is explained with what to do next', () => {
  expect(adviceFor({ status: 'EXCEPTION', reason: 'ADDRESS_UNCLEAR', alerts: [] })).toMatchObject({
    title: '快递员找不到收件地址',
    next: '请联系快递员或客服，补充楼栋、门牌号。',
  });
  expect(adviceFor({ status: 'RETURNING', reason: 'REFUSED', alerts: [] })?.title).toBe('包裹被拒收');
  expect(adviceFor({ status: 'EXCEPTION', reason: null, alerts: [] })?.title).toBe('包裹出了点问题');
});

test('a stuck parcel gets advice too; a parcel on its way gets none', () => {
  expect(adviceFor({ status: 'AWAITING_PICKUP', reason: null, alerts: ['PICKUP_OVERDUE'] })?.next).toContain('取件码');
  expect(adviceFor({ status: 'IN_TRANSIT', reason: null, alerts: ['STALE'] })?.title).toBe('物流很久没有更新');
  expect(adviceFor({ status: 'IN_TRANSIT', reason: null, alerts: [] })).toBeNull();
});
