/**
 * Personal details as the e-waybill standard 《快递电子运单》 hides them (docs/reference/wechat.md §7):
 * a name with at least one 汉字 hidden, a phone with six digits hidden, an address without its
 * unit and room numbers. Zod-free, so the main package and the console may import it.
 */

/** First 3 and last 2 digits visible, 6 hidden — 138******78. */
export function maskMobile(phone: string): string {
  return `${phone.slice(0, 3)}******${phone.slice(-2)}`;
}

/** The surname stays: 张三 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** The street and its first number stay; every later number (building part, unit, room) is hidden: 人民路 100 号 3 栋 201 → 人民路 100 号 * 栋 ***. */
export function maskAddressDetail(detail: string): string {
  const first = /[0-9A-Za-z]+/.exec(detail);
  if (!first) return detail;
  const cut = first.index + first[0].length;
  return detail.slice(0, cut) + detail.slice(cut).replace(/[0-9A-Za-z]/g, '*');
}
