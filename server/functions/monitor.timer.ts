import { createMonitor } from '../use-cases/follow/monitor.use-case';
import { createOutboxSender } from '../use-cases/follow/send-notifications';
import type { AppDeps } from './deps';
import type { TimerHandler } from './timer';
import { createAppTracker } from './parcel-tracker';

/** Every minute: check the parcels that are due, then deliver the notifications that queued up. */
export function createMonitorTimer(deps: AppDeps): TimerHandler {
  const monitor = createMonitor({ ...deps, tracker: createAppTracker(deps) }, () => deps.ids.next());
  const send = createOutboxSender(deps);
  return async () => {
    await monitor();
    const sent = await send();
    deps.log.info(sent, 'outbox flushed');
  };
}
