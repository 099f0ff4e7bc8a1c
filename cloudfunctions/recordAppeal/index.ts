import { cloudFunction } from '../../server/cloud/cloud-function';
import { createRecordAppealFunction } from '../../server/functions/complaints.functions';

export const main = cloudFunction(createRecordAppealFunction);
