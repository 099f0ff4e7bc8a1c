import { cloudFunction } from '../../server/cloud/cloud-function';
import { createPrepareAppealFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createPrepareAppealFunction);
