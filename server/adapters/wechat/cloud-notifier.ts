import { NotifierError, type Notifier } from '../../ports/notifier';

/** The slice of `cloud.openapi` we use; the function's config.json must allow subscribeMessage.send. */
export interface CloudOpenApi {
  subscribeMessage: { send(body: object): Promise<unknown> };
}

/** Sends through `cloud.openapi.subscribeMessage.send`; WeChat's errcode comes back thrown as errCode. */
export function createCloudNotifier(openapi: CloudOpenApi, miniprogramState: 'developer' | 'trial' | 'formal'): Notifier {
  return {
    async send(m) {
      try {
        await openapi.subscribeMessage.send({
          touser: m.openid,
          templateId: m.templateId,
          page: m.page,
          data: m.data,
          miniprogramState,
          lang: 'zh_CN',
        });
      } catch (err) {
        const e = err as { errCode?: number; errMsg?: string; message?: string };
        throw new NotifierError(typeof e.errCode === 'number' ? e.errCode : -1, e.errMsg ?? e.message ?? String(err));
      }
    },
  };
}
