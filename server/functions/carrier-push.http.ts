import { createCarrierPush } from '../use-cases/follow/carrier-push.use-case';
import type { AppDeps } from './deps';
import type { HttpHandler } from './http';
import { createAppTracker } from './parcel-tracker';

/** KDNiao and Kuaidi100 push callbacks: each vendor gets the JSON reply it expects. */
export function createCarrierPushHttp(deps: AppDeps): HttpHandler {
  const push = createCarrierPush({ ...deps, tracker: createAppTracker(deps) });
  return async ({ vendor, rawBody }) => {
    const reply = await push(vendor, rawBody);
    return { status: reply.status, contentType: 'application/json; charset=utf-8', body: reply.body };
  };
}
