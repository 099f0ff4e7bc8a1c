import { cloudFunction } from '../../server/cloud/cloud-function';
import { createFileComplaintFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createFileComplaintFunction);
