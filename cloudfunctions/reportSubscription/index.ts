import { cloudFunction } from '../../server/cloud/cloud-function';
import { createReportSubscriptionFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createReportSubscriptionFunction);
