import { cloudFunction } from '../../server/cloud/cloud-function';
import { createListMessagesFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createListMessagesFunction);
