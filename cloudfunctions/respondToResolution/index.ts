import { cloudFunction } from '../../server/cloud/cloud-function';
import { createRespondToResolutionFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createRespondToResolutionFunction);
