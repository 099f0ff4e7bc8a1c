import Taro from '@tarojs/taro';
import type { Credits, FunctionRequest, TemplateKey } from '../../types';
import { call } from './client';

type Result = 'accept' | 'reject' | 'ban' | 'filter';
/** What the consent popup answered, per template. */
export type ConsentAnswer = FunctionRequest<'reportSubscription'>['results'];

/** The theme's text colours for the platform dialog (Taro H5's defaults are too faint for AA contrast). */
export const MODAL_COLOURS = { confirmColor: '#1250d6', cancelColor: '#1f2329' };

const LABELS: Record<TemplateKey, string> = { progress: '物流进度', exception: '包裹异常', service: '服务进度' };

/** WeChat: the platform's consent popup, by template id. Must run inside a tap. */
async function askWeChat(keys: TemplateKey[]): Promise<ConsentAnswer> {
  const ids = keys.map((k) => WX_TEMPLATE_IDS[k]).filter(Boolean);
  if (!ids.length) return {};
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<string, string>;
    return Object.fromEntries(keys.filter((k) => res[WX_TEMPLATE_IDS[k]]).map((k) => [k, res[WX_TEMPLATE_IDS[k]] as Result]));
  } catch {
    return {};
  }
}

/** H5 (local mode): the same choice WeChat's popup offers, so consent works end to end without WeChat. */
async function askInPage(keys: TemplateKey[]): Promise<ConsentAnswer> {
  const { confirm } = await Taro.showModal({
    title: '包裹管家 想给你发送以下消息',
    content: `${keys.map((k) => LABELS[k]).join('、')}（每次允许可收到一条提醒）`,
    confirmText: '允许',
    cancelText: '取消',
    ...MODAL_COLOURS,
  });
  return Object.fromEntries(keys.map((k) => [k, confirm ? 'accept' : 'reject']));
}

/** The consent popup (at most 3 templates, and only from a tap): what the user chose, or null when nothing was asked. */
export async function askReminders(keys: TemplateKey[] = ['progress', 'exception']): Promise<ConsentAnswer | null> {
  const answer = process.env.TARO_ENV === 'weapp' ? await askWeChat(keys.slice(0, 3)) : await askInPage(keys.slice(0, 3));
  return Object.keys(answer).length ? answer : null;
}

/** Tells the server what the user chose; it keeps the credits. Returns the credits now. */
export async function reportReminders(answer: ConsentAnswer): Promise<Credits | null> {
  const reply = await call('reportSubscription', { results: answer });
  return reply.ok ? reply.data.credits : null;
}

/** Ask and report at once: 开启更多提醒, where nothing else has to succeed first. */
export async function requestReminders(keys?: TemplateKey[]): Promise<Credits | null> {
  const answer = await askReminders(keys);
  return answer ? reportReminders(answer) : null;
}
