import { cloudFunction } from '../../server/cloud/cloud-function';
import { createGetComplaintFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createGetComplaintFunction);
