import { cloudFunction } from '../../server/cloud/cloud-function';
import { createListComplaintsFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createListComplaintsFunction);
