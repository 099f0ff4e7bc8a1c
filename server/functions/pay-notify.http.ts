import { createInterceptEngine } from '../use-cases/intercepts/intercept-engine';
import { createPayNotify } from '../use-cases/intercepts/pay-notify.use-case';
import type { AppDeps } from './deps';
import type { HttpHandler } from './http';

/** WeChat Pay's payment and refund notifications (and the local pay sandbox's, which are made the same way). */
export function createPayNotifyHttp(deps: AppDeps): HttpHandler {
  const notify = createPayNotify({ ...deps, engine: createInterceptEngine(deps), ledger: deps.notificationLedger });
  return async ({ rawBody, headers }) => {
    const reply = await notify({ headers, body: rawBody });
    return { status: reply.status, contentType: 'application/json; charset=utf-8', body: reply.body };
  };
}
