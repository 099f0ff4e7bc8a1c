import { shareOf } from './share';

test('the share card opens the parcel by carrier and number, and carries nothing else (no phone tail, no remark)', () => {
  const card = shareOf({ carrier: 'SF', carrierName: '顺丰速运', waybillNo: 'SF1234567890121', status: 'AWAITING_PICKUP' });
  expect(card).toEqual({ title: '顺丰速运 SF1234567890121：待取件', path: '/pages/result/index?no=SF1234567890121&carrier=SF&from=share' });
  expect(card.path).not.toMatch(/tail|phone/i);
});
