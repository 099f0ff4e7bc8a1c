import type { Courier } from '../../../types';
import { personalNameIn } from './chinese-names';

const MOBILE = String.raw`1[3-9]\d{9}|1\d{2}\*{4}\d{4}`;
/** Mobiles and landlines ("0374-6031330"): some couriers and outlets only give a desk number. */
const CONTACT = String.raw`${MOBILE}|0\d{2,3}-\d{7,8}`;
const PHONE = new RegExp(String.raw`(?<![\d*])(${MOBILE}|0\d{2,3}-?\d{7,8}|95\d{3,6}|400-?\d{3}-?\d{4})(?![\d*])`, 'g');
const HOTLINE = /^(95|400)/;
/** A number after these belongs to someone else than the courier. */
const OTHER_PERSON = /收件人|寄件人|客户|收货人|用户|网点|投诉|客服/;
const PHONE_REACH = 24;

const TITLE =
  /快递员|派件员|派送员|投递员|配送员|派送业务员|业务员|揽投员|揽收员|收派员|派件人|派送人|取件人|收件员|快递小哥|送货员|配送小哥/g;

/** What a courier does right after being named: collect, deliver, take. */
const DOING = String.raw`(?:正在|已揽收|已收件|已揽件|派件|派送|已取件)`;

/** The first courier's phone in `after`: close to the name, not a hotline, not someone else's. */
function phoneAfter(after: string, reach = PHONE_REACH): string | null {
  for (const m of after.matchAll(PHONE)) {
    const at = m.index ?? 0;
    if (at > reach) break;
    if (OTHER_PERSON.test(after.slice(0, at))) return null;
    if (!HOTLINE.test(m[1])) return m[1];
  }
  return null;
}

const courier = (name: string | null, phone: string | null): Courier | null => (name || phone ? { name, phone } : null);

/** 【谢书平/15220240208】, 【刘向民/0374-6031330】, 【陈啟旋，电话：18823151552】: the bracket is the courier's card. */
function fromCard(text: string): Courier | null {
  const m = new RegExp(String.raw`【([^【】/，,:：]{1,12})[/，,]\s*(?:电话[:：]?)?\s*(${CONTACT})`).exec(text);
  if (m) return courier(personalNameIn(m[1]), m[2]);
  // 【刘建伟】正在派件, 【李晓菊】已收件: a name alone in brackets, its phone (if any) after "电话".
  const named = new RegExp(String.raw`【([\u4e00-\u9fa5]{2,4})】\s*${DOING}`).exec(text);
  const name = named && personalNameIn(named[1]);
  if (!named || !name) return null;
  const rest = text.slice(named.index + named[0].length);
  return courier(name, /电话/.test(rest.slice(0, 8)) ? phoneAfter(rest) : null);
}

/** "的王翔（13776284974） 正在第1次派件", "的蒋忠财[138…]（138…）正在", "的陈月媚(0755-…)已取件": the number is the courier's. */
function fromOwner(text: string): Courier | null {
  const m = new RegExp(
    String.raw`的\s*([^\s（(\[的，,：:】]{1,16}?)\s*[（(\[]?\s*(${CONTACT})\s*[）)\]]?\s*(?:[（(]\s*(?:${CONTACT})\s*[）)])?\s*${DOING}`,
  ).exec(text);
  if (m) return courier(personalNameIn(m[1]), m[2]);
  // "的林友团正在第1次派件 电话:136…", "的义乌市场营销部已收件 电话:177…": name first, number after the act.
  const late = new RegExp(String.raw`的\s*([^\s的，,【】\[\]]{2,16}?)\s*${DOING}[^，,。]{0,16}?电话[:：]\s*(${CONTACT})`).exec(text);
  return late ? courier(personalNameIn(late[1]), late[2]) : null;
}

/** 申通/韵达 "网点-李仕鹏(181…)(181…)-已收件", "网点-层上官邸(173…,177…)-派件中", "网点-西部俞爱军-已收件". */
function fromDash(text: string): Courier | null {
  const m = new RegExp(
    String.raw`-([^\-\s()（）]{2,16}?)(?:\s*[(（](${CONTACT})[^)）]*[)）](?:\s*[(（][^)）]*[)）])?)?\s*-?\s*(?:已收件|已揽收|派件中|正在)`,
  ).exec(text);
  return m ? courier(personalNameIn(m[1]), m[2] ?? null) : null;
}

/** The name right after a cue, cut where the sentence goes on ("李娜派件中" → 李娜). */
function nameAt(after: string): string | null {
  const run = /^[\s:：，,【[（(]*(?:姓名[\s:：]*)?([\u4e00-\u9fa5A-Za-z0-9]{2,12})/.exec(after)?.[1];
  if (!run) return null;
  const cut = run.split(/正在|为您|已|将|派|联系|电话|手机|的|反馈|送|在/)[0];
  return personalNameIn(cut.slice(0, 6));
}

/** After a title (快递员, 配送员 …; every one the line names) or a hand-over (交给, 指定): the name, then the phone. */
function fromCue(text: string): Courier | null {
  // JD repeats the title ("配送员开始配送…，配送员，任少华，手机号，…"): the one followed by a name wins.
  let phoneOnly: Courier | null = null;
  for (const m of text.matchAll(TITLE)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const name = nameAt(after);
    const phone = phoneAfter(after);
    if (name) return courier(name, phone);
    phoneOnly ??= courier(null, phone);
  }
  if (phoneOnly) return phoneOnly;
  for (const cue of [/交给|指定[:：]?/, /(?:如有问题|如有疑问)[^，,。]{0,4}联系/]) {
    const m = cue.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    const name = nameAt(after);
    // A bare "如有疑问请联系 1xxxxxxxxxx" names nobody: only a name makes it the courier's number.
    if (name) return courier(name, phoneAfter(after));
  }
  return null;
}

/** The courier a trace line names, in the shapes real lines use; null when it names none. */
export function courierIn(text: string): Courier | null {
  return fromCard(text) ?? fromOwner(text) ?? fromDash(text) ?? fromCue(text);
}
