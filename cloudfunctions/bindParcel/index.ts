import { cloudFunction } from '../../server/cloud/cloud-function';
import { createBindParcelFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createBindParcelFunction);
