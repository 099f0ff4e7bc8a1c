import { companyFromShipperCode } from './companies';

test.each([
  ['SF', '顺丰速运'],
  ['JTSD', '极兔速递'],
  ['YZPY', '邮政快递包裹'],
])('a carrier we know (%s) keeps its own name', (code, name) => {
  expect(companyFromShipperCode(code)).toEqual({ carrier: code, name });
});

test.each([
  ['ZTOKY', '中通快运'],
  ['JDKY', '京东快运'],
  ['DBLKY', '德邦快运'],
  ['ANEKY', '安能快运'],
  ['YZBK', '邮政国内标快'],
  ['SX', '顺心捷达'],
])('a freight arm or other company KDNiao documents (%s) is named', (code, name) => {
  expect(companyFromShipperCode(code)).toEqual({ carrier: code, name });
});

test('an undocumented code is named by the ShipperName KDNiao sent, else by itself — never refused', () => {
  expect(companyFromShipperCode('XYZ', '某某物流')).toEqual({ carrier: 'XYZ', name: '某某物流' });
  expect(companyFromShipperCode('XYZ')).toEqual({ carrier: 'XYZ', name: 'XYZ' });
  expect(companyFromShipperCode(null)).toBeNull();
});
