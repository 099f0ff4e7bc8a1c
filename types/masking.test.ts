import { maskAddressDetail, maskMobile, maskName } from './masking';

test('a phone shows its first three and last two digits', () => {
  expect(maskMobile('13800138000')).toBe('138******00');
});

test('a name keeps only its surname', () => {
  expect(maskName('张三')).toBe('张*');
  expect(maskName('欧阳娜娜')).toBe('欧***');
  expect(maskName('李')).toBe('*');
});

test('an address keeps the street number and hides building, unit and room', () => {
  expect(maskAddressDetail('人民路 100 号 3 栋 201')).toBe('人民路 100 号 * 栋 ***');
  expect(maskAddressDetail('幸福小区5栋2单元301室')).toBe('幸福小区5栋*单元***室');
  expect(maskAddressDetail('高新区软件园')).toBe('高新区软件园');
});
