import { KNOWN_CARRIERS, CARRIERS } from '../../../../types';
import { companyFromCom, KUAIDI100_COMPANIES } from './companies';

test('every carrier we know is found under its own Kuaidi100 code', () => {
  for (const c of KNOWN_CARRIERS) expect(companyFromCom(CARRIERS[c].kuaidi100)).toEqual({ carrier: c, name: CARRIERS[c].name });
});

test.each([
  ['zhongtongkuaiyun', 'ZTOKY', '中通快运'],
  ['yundakuaiyun', 'YDKY', '韵达快运'],
  ['shunfengkuaiyun', 'SFKY', '顺丰快运'],
  ['jingdongkuaiyun', 'JDKY', '京东快运'],
  ['baishiwuliu', 'BTWL', '百世快运'],
  ['annengwuliu', 'ANEKY', '安能快运'],
  ['debangwuliu', 'DBLKY', '德邦物流'],
  ['youzhengbk', 'YZBK', '邮政标准快递'],
])('a freight or postal variant (%s) is its own company, not the parcel arm', (com, carrier, name) => {
  expect(companyFromCom(com)).toEqual({ carrier, name });
});

test.each([
  ['emsguoji', 'EMS-国际件'],
  ['dhlen', 'DHL-全球件'],
  ['zhongtongguoji', '中通国际'],
  ['yuantongguoji', '圆通国际'],
])('an international variant (%s) is a named other company', (com, name) => {
  expect(companyFromCom(com)).toEqual({ carrier: 'OTHER', name });
});

test('a code outside the table is a company named by its code, never a refusal', () => {
  expect(companyFromCom('somenewcarrier')).toEqual({ carrier: 'OTHER', name: 'somenewcarrier' });
  expect(companyFromCom('toString')).toEqual({ carrier: 'OTHER', name: 'toString' });
  expect(companyFromCom('')).toBeNull();
});

test('every entry has a display name and a carrier code the parcel contract accepts', () => {
  for (const company of Object.values(KUAIDI100_COMPANIES)) {
    expect(company.name).not.toBe('');
    expect(company.carrier).toMatch(/^[A-Z0-9]{2,10}$/);
  }
});
