import { cloudFunction } from '../../server/cloud/cloud-function';
import { withPayments } from '../../server/cloud/cloud-intercepts';
import { createCancelInterceptFunction } from '../../server/functions/intercepts.functions';

export const main = cloudFunction(withPayments(createCancelInterceptFunction));
