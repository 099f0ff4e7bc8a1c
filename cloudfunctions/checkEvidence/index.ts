import { cloudFunction } from '../../server/cloud/cloud-function';
import { withEvidenceInspection } from '../../server/cloud/cloud-evidence';
import { createCheckEvidenceFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(withEvidenceInspection(createCheckEvidenceFunction));
