import { cloudFunction } from '../../server/cloud/cloud-function';
import { createUnbindParcelFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createUnbindParcelFunction);
