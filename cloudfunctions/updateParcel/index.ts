import { cloudFunction } from '../../server/cloud/cloud-function';
import { createUpdateParcelFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createUpdateParcelFunction);
