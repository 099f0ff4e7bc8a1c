import { classifyTraceLine } from './classify-trace';
import { maskPhones } from './mask-phone';
import fc from 'fast-check';

// Lines composed in the style of 中通/圆通/韵达 traces as KDNiao returns them in AcceptStation
// (docs/reference/carriers.md §1.6), with the courier-name-and-phone layouts that break naive parsers
// (docs/reference/carriers.md §6: wyhnihaook/Logistics_information#3 — two numbers in a line, a number at the end).
test.each([
  ['【广州市】广东广州白云区公司 已揽收', 'COLLECTED', null, '广州'],
  ['【杭州市】快件已从【杭州转运中心】发出，发往【苏州转运中心】', 'IN_TRANSIT', null, '杭州'],
  ['【苏州市】快件已到达【苏州工业园区营业部】', 'ARRIVED_DEST_CITY', null, '苏州'],
  ['【苏州市】江苏苏州工业园区公司 快递员 王翔（13776284974）正在为您派件', 'OUT_FOR_DELIVERY', null, '苏州'],
  ['您的快件已存放至【菜鸟驿站】，请凭取件码 5-2-3011 领取', 'AWAITING_PICKUP', null, null],
  ['【北京市】您的快件已签收，签收人：本人', 'DELIVERED', null, '北京'],
  ['【成都市】您的快件已由门卫代签收', 'DELIVERED', null, '成都'],
  ['【苏州市】收件人电话无人接听，快件暂存网点，将再次派送', 'EXCEPTION', 'RECIPIENT_UNREACHABLE', '苏州'],
  ['【南京市】收件地址不详，正在联系收件人核实', 'EXCEPTION', 'ADDRESS_UNCLEAR', '南京'],
  ['【武汉市】收件人拒收，原因：不想要了', 'EXCEPTION', 'REFUSED', '武汉'],
  ['【武汉市】因收件人拒收，快件已发出退回寄件人', 'RETURNING', 'REFUSED', '武汉'],
  ['【广州市】退回件已签收，签收人：寄件人', 'RETURNED', null, '广州'],
  ['快件在【郑州转运中心】发现外包装破损，已拍照留存', 'EXCEPTION', 'DAMAGED', '郑州'],
  ['受恶劣天气影响，快件在【西安转运中心】滞留', 'EXCEPTION', 'DELAYED', '西安'],
  ['【深圳市】商家已下单，等待快递员揽收', 'PENDING', null, '深圳'],
  ['系统维护中', 'UNKNOWN', null, null],
])('%s → %s', (line, status, reason, city) => {
  expect(classifyTraceLine(line)).toMatchObject({ status, reason, city });
});

test('the courier’s name and phone come from the line that names them', () => {
  expect(classifyTraceLine('【苏州市】江苏苏州工业园区公司 快递员 王翔（13776284974）正在为您派件').courier).toEqual({
    name: '王翔',
    phone: '13776284974',
  });
  expect(classifyTraceLine('派件员：张三，电话：0512-66881234，投诉电话95311').courier).toEqual({ name: '张三', phone: '0512-66881234' });
  expect(classifyTraceLine('您的快件正在派送中，派件员李娜 18912345678').courier).toEqual({ name: '李娜', phone: '18912345678' });
  expect(classifyTraceLine('【杭州市】已发往 杭州转运中心').courier).toBeNull();
  // Regression: the receiver's number after the courier's name was taken for the courier's, and left unmasked.
  expect(classifyTraceLine('快递员 张强 反馈：收件地址不详，正在联系收件人（15282029047）核实地址').courier).toEqual({
    name: '张强',
    phone: null,
  });
});

test('receiver mobiles are masked with six digits hidden; the courier’s stays callable; hotlines stay', () => {
  expect(maskPhones('正在联系收件人（13912345678）核实，快递员 13776284974，客服 95311', ['13776284974'])).toBe(
    '正在联系收件人（139******78）核实，快递员 13776284974，客服 95311',
  );
});

test('no receiver mobile survives masking', () => {
  fc.assert(
    fc.property(fc.string(), fc.stringMatching(/^1[3-9]\d{9}$/), fc.string(), (a, phone, b) => {
      const masked = maskPhones(`${a} ${phone} ${b}`);
      expect(masked).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    }),
  );
});
