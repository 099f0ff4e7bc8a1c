import fc from 'fast-check';
import type { z } from 'zod';
import { complaintFunctions } from './complaints';
import { staffFunctions, staffLogin } from './staff';

const fileComplaint = complaintFunctions.fileComplaint.request;
const valid = {
  waybillNo: 'yt 7530-1298-3456-1',
  type: 'DAMAGED',
  description: '外箱被压扁，里面的玻璃杯碎了两个',
  remedy: { kind: 'COMPENSATION', amountFen: 8800 },
  insured: { declaredValueFen: 20000 },
  contactPhone: '138 0013 8000',
  evidence: ['cloud://env-1.abc/evidence/a.jpg', 'local-7f3a9'],
};

const hasChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s);
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues;
};

describe('fileComplaint request', () => {
  it('accepts a complete complaint and normalizes the number and the phone', () => {
    const parsed = fileComplaint.parse(valid);
    expect(parsed.waybillNo).toBe('YT7530129834561');
    expect(parsed.contactPhone).toBe('13800138000');
  });

  it('says in Chinese which of the five elements is missing', () => {
    const without = (key: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
    const messages = (key: keyof typeof valid) => issuesOf(fileComplaint, without(key)).map((i) => [i.path.join('.'), i.message]);
    expect(messages('waybillNo')).toEqual([['waybillNo', '请输入快递单号']]);
    expect(messages('description')).toEqual([['description', '请描述发生了什么']]);
    expect(messages('remedy')).toEqual([['remedy', '请选择希望的处理方式']]);
    expect(messages('contactPhone')).toEqual([['contactPhone', '请填写联系电话']]);
    expect(fileComplaint.parse(without('evidence')).evidence).toEqual([]);
  });

  it('asks for an amount when the user wants compensation', () => {
    const issues = issuesOf(fileComplaint, { ...valid, remedy: { kind: 'COMPENSATION' } });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['remedy.amountFen', '要求赔偿时请填写金额']]);
  });

  it('refuses money that is not whole fen, a short description and a bad phone', () => {
    expect(issuesOf(fileComplaint, { ...valid, insured: { declaredValueFen: 12.5 } })[0].message).toBe('金额应为整数（单位：分）');
    expect(issuesOf(fileComplaint, { ...valid, description: '坏了' })[0].message).toBe('请把经过写得具体一些（至少 10 个字）');
    expect(issuesOf(fileComplaint, { ...valid, contactPhone: '12345' })[0].message).toBe('请填写正确的手机号或带区号的固定电话');
  });

  it('refuses the same evidence file twice and more than 12 files', () => {
    expect(issuesOf(fileComplaint, { ...valid, evidence: ['a.jpg', 'a.jpg'] })[0].message).toBe('同一个文件不要重复添加');
    const many = Array.from({ length: 13 }, (_, i) => `f${i}.jpg`);
    expect(issuesOf(fileComplaint, { ...valid, evidence: many })[0].message).toBe('证据最多 12 个文件');
  });
});

const requestSchemas: [string, z.ZodType][] = [
  ...Object.entries(complaintFunctions).map(([name, f]) => [name, f.request] as [string, z.ZodType]),
  ...Object.entries(staffFunctions).map(([name, f]) => [name, f.request] as [string, z.ZodType]),
  ['staffLogin', staffLogin.request],
];

/** Values of every JSON type, including huge strings and nested junk. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.constantFrom(null, undefined, -1, 1.5, 1e300, '', ' ', true, [], {}),
);

describe.each(requestSchemas)('bad input to %s', (_name, schema) => {
  const keys = Object.keys((schema as unknown as { shape?: object }).shape ?? {});

  it('is refused with Chinese messages only, whatever the value', () => {
    fc.assert(
      fc.property(junk, (value) => issuesOf(schema, value).every((i) => hasChinese(i.message))),
      { numRuns: 200 },
    );
  });

  it('is refused with Chinese messages only, field by field', () => {
    if (keys.length === 0) return;
    const fields = fc.dictionary(fc.constantFrom(...keys), junk, { maxKeys: keys.length });
    fc.assert(
      fc.property(fields, (value) => issuesOf(schema, value).every((i) => hasChinese(i.message))),
      { numRuns: 300 },
    );
  });
});
