import { cloudTimer } from '../../server/cloud/cloud-function';
import { createMonitorTimer } from '../../server/functions/monitor.timer';

export const main = cloudTimer(createMonitorTimer);
