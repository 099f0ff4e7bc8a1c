/**
 * What a typed, pasted or scanned waybill number means, shared by the input box and the validator
 * so that both read it the same way and apply one length rule (docs/reference/first-use.md).
 */

export const WAYBILL_MIN_LENGTH = 6;
export const WAYBILL_MAX_LENGTH = 32;

/** Spaces and dashes people put between digit groups; NFKC has already made full-width ones half-width. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/g;
const PLAIN = /^[A-Z0-9]*$/;
const TOKEN = /[A-Z0-9]+/;
/** A mainland mobile number: pasted text often carries one next to the waybill number. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Words that announce a waybill number, and those that announce something else. */
const WAYBILL_LABEL = /(运单|快递单|物流单|单号|WAYBILL|TRACKING)[^A-Z0-9]{0,6}$/;
const OTHER_LABEL = /(订单|电话|手机|取件码|验证码|ORDER)[^A-Z0-9]{0,6}$/;
/** Query parameters carriers and trackers put the number in, as seen in their public tracking links. */
const URL_KEYS = [
  'nu',
  'num',
  'no',
  'number',
  'waybillno',
  'waybill',
  'waybillcodes',
  'mailno',
  'mailnum',
  'billcode',
  'billcodes',
  'bills',
  'txtbill',
  'trackingno',
  'postid',
];

/** Full-width to half-width (NFKC), separators out, upper case: "ｙｔ ２４６８-１３５７" → "YT24681357". */
export function tidyWaybillNo(raw: string): string {
  return raw.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/** A token that can stand for a waybill number found inside other text: the right length, and mostly digits. */
function plausible(token: string): boolean {
  return token.length >= WAYBILL_MIN_LENGTH && token.length <= WAYBILL_MAX_LENGTH && (token.match(/\d/g)?.length ?? 0) >= 6;
}

/** `decodeURIComponent` that keeps a malformed escape as it is. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The number in a carrier's tracking link. Parsed by hand: the mini program runtime does not promise a `URL` global.
 * Known parameters first, then any parameter, then path segments from the last.
 */
function fromUrl(text: string): string | null {
  const link = /(https?:\/\/|www\.)\S+/i.exec(text)?.[0];
  if (!link) return null;
  const [address, ...rest] = link.split(/[?#]/);
  const params = rest
    .join('&')
    .split('&')
    .map((pair) => pair.split('='))
    .filter((kv) => kv.length === 2)
    .map(([key, value]) => ({ key: key.toLowerCase(), value: tidyWaybillNo(decoded(value)) }));
  const known = params.filter((p) => URL_KEYS.includes(p.key)).map((p) => p.value.split(',')[0]);
  const segments = address
    .split('/')
    .slice(link.startsWith('www.') ? 1 : 3)
    .reverse()
    .map((seg) => tidyWaybillNo(decoded(seg)));
  return [...known, ...params.map((p) => p.value), ...segments].find((c) => PLAIN.test(c) && plausible(c)) ?? null;
}

function fromText(text: string): string | null {
  const upper = text.toUpperCase();
  const tokens: { token: string; before: string }[] = [];
  const pattern = new RegExp(TOKEN.source, 'g');
  for (let m = pattern.exec(upper); m; m = pattern.exec(upper))
    tokens.push({ token: m[0], before: upper.slice(Math.max(0, m.index - 12), m.index) });
  const candidates = tokens.filter((t) => plausible(t.token) && !OTHER_LABEL.test(t.before));
  const labelled = candidates.find((t) => WAYBILL_LABEL.test(t.before));
  return (labelled ?? candidates.find((t) => !MOBILE.test(t.token)) ?? null)?.token ?? null;
}

/**
 * The waybill number in what the user typed, pasted or scanned: a number as typed (any width,
 * with spaces or dashes), a carrier's tracking link (a QR code on the label), or a message that
 * mentions it ("圆通速递 运单号：YT…"). When nothing in it looks like a number, the text tidied,
 * so that the validator can say what is wrong with it.
 */
export function extractWaybillNo(raw: string): string {
  const tidy = tidyWaybillNo(raw);
  if (PLAIN.test(tidy)) return tidy;
  const text = raw.normalize('NFKC');
  return fromUrl(text) ?? fromText(text) ?? tidy;
}
