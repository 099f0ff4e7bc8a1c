import { cloudTimer } from '../../server/cloud/cloud-function';
import { createHousekeepingTimer } from '../../server/functions/housekeeping.timer';

export const main = cloudTimer(createHousekeepingTimer);
