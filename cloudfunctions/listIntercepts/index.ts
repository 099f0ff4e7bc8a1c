import { cloudFunction } from '../../server/cloud/cloud-function';
import { createListInterceptsFunction } from '../../server/functions/intercepts.functions';

/** Reads the caller's intercepts only: no payment port needed. */
export const main = cloudFunction(createListInterceptsFunction);
