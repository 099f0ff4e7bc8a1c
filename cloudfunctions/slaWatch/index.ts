import { cloudTimer } from '../../server/cloud/cloud-function';
import { createSlaWatchTimer } from '../../server/functions/sla-watch.timer';

export const main = cloudTimer(createSlaWatchTimer);
