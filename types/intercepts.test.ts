import { printableAddress, regionNames } from './china-regions';
import { interceptFunctions, staffInterceptFunctions } from './intercepts';

const { requestIntercept, checkIntercept } = interceptFunctions;
const address = {
  provinceCode: '33',
  cityCode: '3301',
  districtCode: '330106',
  detail: '文三路 90 号 1 幢',
  name: '李雷',
  phone: '138 1234 5678',
};
const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('requestIntercept input', () => {
  test('a redirect with a real 省/市/区 is accepted; the phone is cleaned', () => {
    const r = requestIntercept.request.parse({ waybillNo: 'yt 7530-1298-34567', type: 'REDIRECT', phoneTail: '4974', newAddress: address });
    expect(r.waybillNo).toBe('YT7530129834567');
    expect(r.newAddress?.phone).toBe('13812345678');
  });

  test('a district that is not in that city is refused in Chinese', () => {
    const wrong = { ...address, districtCode: '320506' };
    expect(
      firstMessage(
        requestIntercept.request.safeParse({ waybillNo: 'YT7530129834567', type: 'REDIRECT', phoneTail: '4974', newAddress: wrong }),
      ),
    ).toBe('所选省市区不匹配，请重新选择');
  });

  test.each([
    ['a redirect without address', { type: 'REDIRECT', phoneTail: '4974' }, '改址需要填写新地址'],
    ['a return with an address', { type: 'RETURN', phoneTail: '4974', newAddress: address }, '只有改址需要填写新地址'],
    ['two digits of the phone', { type: 'RETURN', phoneTail: '49' }, '请输入手机号后四位数字'],
    ['an unknown type', { type: 'STOP', phoneTail: '4974' }, '请选择拦截方式'],
    ['a short receiver phone', { type: 'REDIRECT', phoneTail: '4974', newAddress: { ...address, phone: '12345' } }, '请填写 11 位手机号'],
    ['a blank detail', { type: 'REDIRECT', phoneTail: '4974', newAddress: { ...address, detail: '  ' } }, '请填写详细地址'],
  ])('%s → %s', (_label, fields, message) => {
    expect(firstMessage(requestIntercept.request.safeParse({ waybillNo: 'YT7530129834567', ...fields }))).toBe(message);
  });
});

describe('other intercept functions', () => {
  test('checkIntercept takes a waybill number and an optional carrier', () => {
    expect(checkIntercept.request.parse({ waybillNo: '73190553102532' })).toEqual({ waybillNo: '73190553102532' });
    expect(firstMessage(checkIntercept.request.safeParse({ waybillNo: '' }))).toBe('请输入快递单号');
  });

  test('staff must say why an intercept failed: the user reads it', () => {
    const resolve = staffInterceptFunctions.staffResolveIntercept.request;
    expect(firstMessage(resolve.safeParse({ id: 'abc123def', outcome: 'FAILED' }))).toBe('请写明失败原因，用户会看到');
    expect(resolve.parse({ id: 'abc123def', outcome: 'SUCCEEDED' })).toEqual({ id: 'abc123def', outcome: 'SUCCEEDED', note: '' });
  });
});

describe('regions', () => {
  test('names for a municipality print once; a city without districts is its own district', () => {
    const beijing = regionNames({ provinceCode: '11', cityCode: '1101', districtCode: '110101' });
    expect(beijing).toEqual({ province: '北京市', city: '北京市', district: '东城区' });
    expect(printableAddress(beijing!, '王府井大街 1 号')).toBe('北京市东城区王府井大街 1 号');
    const dongguan = regionNames({ provinceCode: '44', cityCode: '4419', districtCode: '441900' });
    expect(dongguan).toEqual({ province: '广东省', city: '东莞市', district: '东莞市' });
    expect(printableAddress(dongguan!, '虎门镇连升路')).toBe('广东省东莞市虎门镇连升路');
    expect(regionNames({ provinceCode: '44', cityCode: '4403', districtCode: '441900' })).toBeNull();
    expect(printableAddress(regionNames({ provinceCode: '33', cityCode: '3301', districtCode: '330106' })!, '文三路')).toBe(
      '浙江省杭州市西湖区文三路',
    );
  });
});
