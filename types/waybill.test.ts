import fc from 'fast-check';
import { waybillNoSchema } from './tracking';
import { WAYBILL_MAX_LENGTH, extractWaybillNo, tidyWaybillNo } from './waybill';

const parse = (raw: string) => waybillNoSchema.safeParse(raw);

describe('typed and pasted numbers (issue 9)', () => {
  test('regression: a full-width number is read as the number, not refused as illegal characters', () => {
    expect(parse('ＹＴ７５３０１２９８３４５６１')).toEqual({ success: true, data: 'YT7530129834561' });
    expect(tidyWaybillNo('ｙｔ ７５３０－１２９８　３４５６１')).toBe('YT7530129834561');
  });

  test.each([
    ['圆通速递 运单号：YT7530129834561', 'YT7530129834561'],
    ['【菜鸟驿站】您的中通包裹73190553102531已到站，取件码 5-2-3011，电话13800138000', '73190553102531'],
    ['收件人电话 13912345678，快递单号 SF1234567890121', 'SF1234567890121'],
    ['订单号：4300012345678901 运单号：JT0001234567890', 'JT0001234567890'],
    ['顺丰速运 sf1234567890121 请查收', 'SF1234567890121'],
  ])('regression: the number inside a pasted message is pulled out: %s', (text, no) => {
    expect(parse(text)).toEqual({ success: true, data: no });
  });

  test.each([
    ['https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890121', 'SF1234567890121'],
    ['https://www.kuaidi100.com/chaxun?com=zhongtong&nu=73190553102531', '73190553102531'],
    ['https://www.zto.com/express/expressCheck.html?txtBill=73190553102531', '73190553102531'],
    ['https://www.sf-express.com/chn/sc/waybill/list?billCodes=SF1234567890121,SF1234567890122', 'SF1234567890121'],
    ['扫码查件 www.yto.net.cn/gw/service/Consult.html?number=YT7530129834568', 'YT7530129834568'],
  ])('a carrier link (the QR code on a label) gives its number: %s', (url, no) => {
    expect(extractWaybillNo(url)).toBe(no);
  });

  test('links are read without the URL global, which the mini program runtime does not promise', () => {
    const url = globalThis.URL;
    Object.defineProperty(globalThis, 'URL', { value: undefined, configurable: true });
    try {
      expect(extractWaybillNo('https://www.kuaidi100.com/chaxun?com=zhongtong&nu=73190553102531')).toBe('73190553102531');
    } finally {
      Object.defineProperty(globalThis, 'URL', { value: url, configurable: true });
    }
  });

  test('one length rule: the limit the input shows is the validator’s', () => {
    expect(parse('Y'.repeat(WAYBILL_MAX_LENGTH))).toMatchObject({ success: true });
    expect(parse('Y'.repeat(WAYBILL_MAX_LENGTH + 1)).error?.issues[0].message).toBe(`单号最长 ${WAYBILL_MAX_LENGTH} 位，请检查是否输错`);
  });

  test('text with no number in it is left for the validator to explain', () => {
    expect(parse('圆通速递').error?.issues[0].message).toBe('单号只能包含字母和数字');
    expect(parse('YT#2468').error?.issues[0].message).toBe('单号只能包含字母和数字');
  });

  test('a number already clean is never changed, whatever its letters and digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Z0-9]{6,32}$/), (no) => extractWaybillNo(no) === no));
  });
});
