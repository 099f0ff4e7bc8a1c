import { cloudFunction } from '../../server/cloud/cloud-function';
import { createListParcelsFunction } from '../../server/functions/follow.functions';

export const main = cloudFunction(createListParcelsFunction);
