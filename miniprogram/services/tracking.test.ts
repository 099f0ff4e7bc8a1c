import fc from 'fast-check';
import { waybillNoSchema } from '../../types/tracking';
import { checkWaybillNo, clipboardWaybill } from './tracking';

test('checkWaybillNo (no zod in the main package) says exactly what the server’s waybillNoSchema says', () => {
  const pieces = fc.constantFrom(
    'YT',
    'SF',
    '7',
    '0',
    '1234',
    ' ',
    '-',
    '#',
    'ｙｔ',
    '５',
    '运单号：',
    'https://m.kuaidi100.com/result.jsp?nu=',
    'a',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 14 }), fc.string({ maxLength: 40 }), (parts, noise) => {
      for (const raw of [parts.join(''), noise]) {
        const parsed = waybillNoSchema.safeParse(raw);
        const expected = parsed.success ? { ok: true, waybillNo: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message };
        expect(checkWaybillNo(raw)).toEqual(expected);
      }
    }),
    { numRuns: 400 },
  );
});

test('the clipboard offers plausible waybill numbers only: not phone numbers, short codes, text, or numbers already searched', () => {
  expect(clipboardWaybill('您的快递 运单号：YT7530129834561 已发出', [])).toBe('YT7530129834561');
  expect(clipboardWaybill('73190553102531', [])).toBe('73190553102531');
  expect(clipboardWaybill('13800138000', [])).toBeNull();
  expect(clipboardWaybill('取件码 5-2-3011', [])).toBeNull();
  expect(clipboardWaybill('今晚吃什么', [])).toBeNull();
  expect(clipboardWaybill('YT7530129834561', ['YT7530129834561'])).toBeNull();
});
