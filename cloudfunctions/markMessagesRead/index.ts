import { cloudFunction } from '../../server/cloud/cloud-function';
import { createMarkMessagesReadFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createMarkMessagesReadFunction);
