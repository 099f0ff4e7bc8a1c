import { SUZHOU_ADDRESS } from '../../../../../test/support/addresses';
import { checkAddress, EMPTY_ADDRESS, visibleErrors } from './validate';

const SUZHOU = SUZHOU_ADDRESS;

test('a complete address passes, the phone tidied of spaces as the server keeps it', () => {
  expect(checkAddress(SUZHOU)).toEqual({ ok: true, address: { ...SUZHOU, phone: '13800138000' } });
});

test('an empty form names every field in Chinese, the region once', () => {
  const result = checkAddress(EMPTY_ADDRESS);
  expect(result).toEqual({
    ok: false,
    errors: { region: '请选择省份', detail: '请填写详细地址', name: '请填写收件人姓名', phone: '请填写 11 位手机号' },
  });
});

test('a district from another city is refused under the region picker', () => {
  expect(checkAddress({ ...SUZHOU, districtCode: '110101' })).toEqual({
    ok: false,
    errors: { region: '所选省市区不匹配，请重新选择' },
  });
});

test('a landline, a short street and a long name each say what is wrong', () => {
  const result = checkAddress({ ...SUZHOU, phone: '0512-6522 1234', detail: '人民路', name: '张'.repeat(21) });
  expect(result).toEqual({
    ok: false,
    errors: { phone: '请填写 11 位手机号', detail: '详细地址太短了，请写到门牌号', name: '收件人姓名最多 20 个字' },
  });
});

test('only the fields left so far show their error, until the person submits', () => {
  const result = checkAddress({ ...EMPTY_ADDRESS, name: '李四' });
  if (result.ok) throw new Error('an empty form passed');
  expect(visibleErrors(result.errors, new Set(['phone']), false)).toEqual({ phone: '请填写 11 位手机号' });
  expect(Object.keys(visibleErrors(result.errors, new Set(), true)).sort()).toEqual(['detail', 'phone', 'region']);
});
