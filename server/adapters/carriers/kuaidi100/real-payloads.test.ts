import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePayload } from '../../../../scripts/lib/cli-parse';
import { companyFromCom } from './companies';

// Real Kuaidi100 answers quoted in public repositories (each fixture names its source).
const dir = join(__dirname, 'fixtures', 'real');
const fixture = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')).payload;
const nowMs = Date.parse('2026-11-22T10:00:00+08:00');
const parse = (payload: unknown) => parsePayload('kuaidi100', JSON.stringify(payload), nowMs);

test('regression: "单号不存在或者已经过期" (status 201, empty data) is NOT_FOUND, not a parcel in transit', () => {
  expect(parse(fixture('not-found-201.json'))).toEqual([{ error: { code: 'NOT_FOUND', message: expect.stringContaining('没有查到') } }]);
});

test('a maptrack answer with result:false next to its data is still the parcel: delivered, courier 方彪', () => {
  expect(parse(fixture('yto-maptrack-delivered.json'))).toMatchObject([
    { carrier: 'YTO', waybillNo: 'YT5555508965056', status: 'DELIVERED', courier: { name: '方彪', phone: '18521138021' } },
  ]);
});

test('regression: code 0 (在途) on every event does not hide that the courier is out delivering', () => {
  const [parcel] = parse(fixture('zto-out-for-delivery.json'));
  expect(parcel).toMatchObject({
    carrier: 'ZTO',
    status: 'OUT_FOR_DELIVERY',
    courier: { name: '侯鹏', phone: '13705819219' },
    events: expect.arrayContaining([expect.objectContaining({ time: '2018-08-05T17:24:24+08:00', status: 'COLLECTED' })]),
  });
});

test('a callback carries the same answer in lastResult', () => {
  expect(parse({ status: 'polling', message: '', lastResult: fixture('zto-out-for-delivery.json') })).toMatchObject([
    { status: 'OUT_FOR_DELIVERY' },
  ]);
  expect(parse({ status: 'abort', message: '3天查询无记录', lastResult: fixture('not-found-201.json') })).toMatchObject([
    { error: { code: 'NOT_FOUND' } },
  ]);
});

test('regression: a company outside our table (圆通快运) is a named other carrier, never refused', () => {
  expect(companyFromCom('yuantongkuaiyun')).toEqual({ carrier: 'YTOKY', name: '圆通快运' });
  expect(companyFromCom('somenewcarrier')).toEqual({ carrier: 'OTHER', name: 'somenewcarrier' });
  const payload = { ...fixture('zto-out-for-delivery.json'), com: 'yuantongkuaiyun' };
  expect(parse(payload)).toMatchObject([{ carrier: 'YTOKY', carrierName: '圆通快运', status: 'OUT_FOR_DELIVERY' }]);
});
