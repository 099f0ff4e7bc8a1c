import { z } from 'zod';
import type { TimerHandler } from '../functions/timer';
import type { DevRoute } from './http-gateway';
import type { LocalDeps } from './local-deps';
import { LOCAL_INBOX, type InboxRecord } from '../adapters/wechat/local-inbox-notifier';

const advanceSchema = z.object({ advanceMs: z.number().int().min(0).max(366 * 24 * 3600 * 1000) });

/** Routes that exist only in the local runtime, to play days of a journey in seconds. */
export function createDevRoutes(deps: LocalDeps, timers: Record<string, TimerHandler>): Record<string, DevRoute> {
  const routes: Record<string, DevRoute> = {
    '_dev/clock': async (body) => {
      const parsed = advanceSchema.safeParse(body);
      if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'advanceMs 应为非负整数毫秒' } };
      deps.clock.advance(parsed.data.advanceMs);
      return { ok: true, data: { nowMs: deps.clock.now(), now: new Date(deps.clock.now()).toISOString() } };
    },
  };
  // What WeChat's 服务通知 would show this browser's user: the notifications the local sender delivered.
  routes['_dev/inbox'] = async (_body, caller) => {
    if (!caller) return { ok: false, error: { code: 'FORBIDDEN', message: '请先登录' } };
    const items = await deps.store.find<InboxRecord>(LOCAL_INBOX, { where: { openid: caller.openid }, orderBy: [{ field: 'sentAtMs', direction: 'desc' }], limit: 100 });
    return { ok: true, data: { items: items.map(({ templateId, page, data, sentAtMs }) => ({ templateId, page, data, sentAt: new Date(sentAtMs).toISOString() })) } };
  };
  for (const [name, timer] of Object.entries(timers)) {
    routes[`_dev/run/${name}`] = async () => {
      await timer({ name, firedAtMs: deps.clock.now() });
      return { ok: true, data: { ran: name } };
    };
  }
  return routes;
}
