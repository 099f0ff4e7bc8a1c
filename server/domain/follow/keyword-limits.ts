/**
 * WeChat subscription-message keyword limits (docs/reference/wechat.md §2). A value over its limit is
 * rejected with 47003, so every value is trimmed to its type's limit before sending.
 */
export const KEYWORD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];

/** "thing3" → "thing". */
export function keywordType(key: string): KeywordType | null {
  const type = key.replace(/\d+$/, '');
  return (KEYWORD_TYPES as readonly string[]).includes(type) ? (type as KeywordType) : null;
}

const chars = (s: string) => Array.from(s);
const cut = (s: string, n: number, ellipsis = false) => {
  const c = chars(s);
  if (c.length <= n) return s;
  return ellipsis ? `${c.slice(0, n - 1).join('')}…` : c.slice(0, n).join('');
};

/** A value trimmed (and, where the type allows only some characters, filtered) to what WeChat accepts. */
export function fitKeyword(type: KeywordType, value: string): string {
  const v = value.trim();
  switch (type) {
    case 'thing':
      return cut(v, 20, true);
    case 'number':
      return cut(v.replace(/[^\d.]/g, ''), 32);
    case 'letter':
      return cut(v.replace(/[^A-Za-z]/g, ''), 32);
    case 'symbol':
      return cut(v.replace(/[\p{L}\p{N}\s]/gu, ''), 5);
    case 'character_string':
      return cut(v.replace(/[^\x21-\x7e]/g, ''), 32);
    case 'phone_number':
      return cut(v.replace(/[^\d+-]/g, ''), 17);
    case 'car_number':
      return cut(v, 8);
    case 'name': {
      const hasChinese = /[\u4e00-\u9fa5]/.test(v);
      return cut(v, hasChinese ? 10 : 20);
    }
    case 'phrase':
      return cut(v.replace(/[^\u4e00-\u9fa5]/g, ''), 5);
    case 'amount':
      return v.replace(/[^\d.¥￥$元]/g, '');
    case 'time':
    case 'date':
      return v;
  }
}
