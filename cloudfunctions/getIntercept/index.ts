import { cloudFunction } from '../../server/cloud/cloud-function';
import { withInterceptPorts } from '../../server/cloud/cloud-intercepts';
import { createGetInterceptFunction } from '../../server/functions/intercepts.functions';

export const main = cloudFunction(withInterceptPorts(createGetInterceptFunction));
