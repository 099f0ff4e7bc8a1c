import { cloudFunction } from '../../server/cloud/cloud-function';
import { createCheckEvidenceFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createCheckEvidenceFunction);
