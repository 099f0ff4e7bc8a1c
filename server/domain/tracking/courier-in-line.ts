import type { Courier } from '../../../types';
import { personalNameIn } from './chinese-names';

const MOBILE = String.raw`1[3-9]\d{9}|1\d{2}\*{4}\d{4}`;
const PHONE = new RegExp(String.raw`(?<![\d*])(${MOBILE}|0\d{2,3}-?\d{7,8}|95\d{3,6}|400-?\d{3}-?\d{4})(?![\d*])`, 'g');
const HOTLINE = /^(95|400)/;
/** A number after these belongs to someone else than the courier. */
const OTHER_PERSON = /收件人|寄件人|客户|收货人|用户|网点|投诉|客服/;
const PHONE_REACH = 24;

const TITLE =
  /(?:快递员|派件员|派送员|投递员|配送员|派送业务员|业务员|揽投员|揽收员|收派员|派件人|派送人|取件人|收件员|快递小哥|送货员|配送小哥)/;

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

/** 【谢书平/15220240208】, 【陈啟旋，电话：18823151552】: the bracket is the courier's card. */
function fromCard(text: string): Courier | null {
  const m = new RegExp(String.raw`【([^【】/，,:：]{1,12})[/，,]\s*(?:电话[:：]?)?\s*(${MOBILE})`).exec(text);
  return m ? courier(personalNameIn(m[1]), m[2]) : null;
}

/** "的王翔（13776284974） 正在第1次派件", "的 唐晖2（13392115165） 已揽收": the number is the courier's even when no name is given. */
function fromOwner(text: string): Courier | null {
  const m = new RegExp(
    String.raw`的\s*([^\s（(的，,：:】]{1,16}?)\s*[（(]?\s*(${MOBILE})\s*[）)]?\s*(?:正在|已揽收|已收件|已揽件|派件|派送)`,
  ).exec(text);
  return m ? courier(personalNameIn(m[1]), m[2]) : null;
}

/** The name right after a cue, cut where the sentence goes on ("李娜派件中" → 李娜). */
function nameAt(after: string): string | null {
  const run = /^[\s:：【[（(]*(?:姓名[\s:：]*)?([\u4e00-\u9fa5A-Za-z0-9]{2,12})/.exec(after)?.[1];
  if (!run) return null;
  const cut = run.split(/正在|为您|已|将|派|联系|电话|手机|的|反馈|送|在/)[0];
  return personalNameIn(cut.slice(0, 6));
}

/** After a title (快递员, 派件人 …) or a hand-over (交给, 指定): the name, then the phone nearest after it. */
function fromCue(text: string): Courier | null {
  const cues = [TITLE, /交给|指定[:：]?/, /(?:如有问题|如有疑问)[^，,。]{0,4}联系/];
  for (const cue of cues) {
    const m = cue.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    const name = nameAt(after);
    const phone = phoneAfter(after);
    // A bare "如有疑问请联系 1xxxxxxxxxx" names nobody: only a name makes it the courier's number.
    if (cue !== TITLE && !name) continue;
    const found = courier(name, phone);
    if (found) return found;
  }
  return null;
}

/** The courier a trace line names, in the shapes real lines use; null when it names none. */
export function courierIn(text: string): Courier | null {
  return fromCard(text) ?? fromOwner(text) ?? fromCue(text);
}
