import { createCheckEvidence } from '../use-cases/complaints/check-evidence.use-case';
import { createFileComplaint } from '../use-cases/complaints/file-complaint.use-case';
import { createUserComplaints } from '../use-cases/complaints/user-complaints.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps, EvidenceDeps } from './deps';

export const createFileComplaintFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('fileComplaint', createFileComplaint(deps), deps.log);
export const createListComplaintsFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('listComplaints', createUserComplaints(deps).list, deps.log);
export const createGetComplaintFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('getComplaint', createUserComplaints(deps).get, deps.log);
export const createAddComplaintMessageFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('addComplaintMessage', createUserComplaints(deps).addMessage, deps.log);
export const createRespondToResolutionFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('respondToResolution', createUserComplaints(deps).respond, deps.log);
export const createPrepareAppealFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('prepareAppeal', createUserComplaints(deps).prepareAppeal, deps.log);
export const createRecordAppealFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('recordAppeal', createUserComplaints(deps).recordAppeal, deps.log);
export const createCheckEvidenceFunction = (deps: AppDeps & EvidenceDeps): FunctionHandler =>
  defineFunction('checkEvidence', createCheckEvidence(deps), deps.log);
