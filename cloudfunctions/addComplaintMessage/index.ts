import { cloudFunction } from '../../server/cloud/cloud-function';
import { createAddComplaintMessageFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createAddComplaintMessageFunction);
