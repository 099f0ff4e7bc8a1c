import { z } from 'zod';
import type { TimerHandler } from '../functions/timer';
import type { DevRoute } from './http-gateway';
import type { LocalDeps } from './local-deps';
import { LOCAL_INBOX, type InboxRecord } from '../adapters/wechat/local-inbox-notifier';
import type { SubscribeTemplates } from '../../config/subscribe-templates';
import { createDevPayRoutes } from './dev-pay-routes';

const MAX_ADVANCE_MS = 31 * 24 * 3600 * 1000;
const advanceSchema = z.object({ advanceMs: z.number().int().min(0).max(MAX_ADVANCE_MS) });

/** Routes that exist only in the local runtime, to play days of a journey in seconds. */
export function createDevRoutes(deps: LocalDeps, timers: Record<string, TimerHandler>): Record<string, DevRoute> {
  const routes: Record<string, DevRoute> = {
    '_dev/clock': async (body) => {
      const parsed = advanceSchema.safeParse(body);
      if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'advanceMs 应为 0 到 31 天之间的整数毫秒' } };
      deps.clock.advance(parsed.data.advanceMs);
      return { ok: true, data: { nowMs: deps.clock.now(), now: new Date(deps.clock.now()).toISOString() } };
    },
  };
  // What WeChat's 服务通知 would show this browser's user: the notifications the local sender delivered.
  routes['_dev/inbox'] = async (_body, caller) => {
    if (!caller) return { ok: false, error: { code: 'FORBIDDEN', message: '请先登录' } };
    const items = await deps.store.find<InboxRecord>(LOCAL_INBOX, {
      where: { openid: caller.openid },
      orderBy: [{ field: 'sentAtMs', direction: 'desc' }],
      limit: 100,
    });
    return { ok: true, data: { items: items.map((item) => asWeChatShowsIt(deps.templates, item)) } };
  };
  if (deps.localPay) Object.assign(routes, createDevPayRoutes(deps.localPay));
  for (const [name, timer] of Object.entries(timers)) {
    routes[`_dev/run/${name}`] = async () => {
      await timer({ name, firedAtMs: deps.clock.now() });
      return { ok: true, data: { ran: name } };
    };
  }
  return routes;
}

const TEMPLATE_TITLES = { progress: '物流进度通知', exception: '包裹异常提醒', service: '服务进度提醒' } as const;
const FIELD_LABELS = {
  waybillNo: '快递单号',
  carrierName: '快递公司',
  status: '当前状态',
  time: '更新时间',
  detail: '最新动态',
  remark: '备注',
} as const;

/** A delivered notification laid out like a WeChat service notification card: title, labelled rows, the page it opens. */
function asWeChatShowsIt(templates: SubscribeTemplates, item: InboxRecord) {
  const entry = (Object.entries(templates) as [keyof SubscribeTemplates, SubscribeTemplates[keyof SubscribeTemplates]][]).find(
    ([, t]) => t.templateId === item.templateId,
  );
  const keywords = entry?.[1].keywords ?? {};
  return {
    title: entry ? TEMPLATE_TITLES[entry[0]] : item.templateId,
    rows: Object.entries(item.data).map(([keyword, { value }]) => ({
      label: FIELD_LABELS[keywords[keyword] as keyof typeof FIELD_LABELS] ?? keyword,
      value,
    })),
    page: item.page,
    sentAtMs: item.sentAtMs,
  };
}
