import { cloudFunction } from '../../server/cloud/cloud-function';
import { createLookupFunction } from '../../server/functions/lookup.function';

export const main = cloudFunction(createLookupFunction);
