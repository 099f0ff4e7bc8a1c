import type { FunctionName } from '../../types/functions';
import { createCarrierPushHttp } from './carrier-push.http';
import {
  createAddComplaintMessageFunction,
  createCheckEvidenceFunction,
  createFileComplaintFunction,
  createGetComplaintFunction,
  createListComplaintsFunction,
  createPrepareAppealFunction,
  createRecordAppealFunction,
  createRespondToResolutionFunction,
} from './complaints.functions';
import { createConsoleHttp } from './console.http';
import type { FunctionHandler } from './define-function';
import type { AppDeps, EvidenceDeps } from './deps';
import {
  createBindParcelFunction,
  createListMessagesFunction,
  createListParcelsFunction,
  createMarkMessagesReadFunction,
  createReportSubscriptionFunction,
  createUnbindParcelFunction,
  createUpdateParcelFunction,
} from './follow.functions';
import type { HttpHandler } from './http';
import { createInterceptWatchTimer } from './intercept-watch.timer';
import {
  createCancelInterceptFunction,
  createCheckInterceptFunction,
  createGetInterceptFunction,
  createListInterceptsFunction,
  createRequestInterceptFunction,
} from './intercepts.functions';
import { createLookupFunction } from './lookup.function';
import { createMonitorTimer } from './monitor.timer';
import { createHousekeepingTimer } from './housekeeping.timer';
import { createPayNotifyHttp } from './pay-notify.http';
import { createSlaWatchTimer } from './sla-watch.timer';
import type { TimerHandler } from './timer';

/** Every user-called function by its registry name: what the local gateway serves. */
export function createAllFunctions(deps: AppDeps & EvidenceDeps): Record<FunctionName, FunctionHandler> {
  return {
    lookup: createLookupFunction(deps),
    bindParcel: createBindParcelFunction(deps),
    unbindParcel: createUnbindParcelFunction(deps),
    listParcels: createListParcelsFunction(deps),
    updateParcel: createUpdateParcelFunction(deps),
    reportSubscription: createReportSubscriptionFunction(deps),
    listMessages: createListMessagesFunction(deps),
    markMessagesRead: createMarkMessagesReadFunction(deps),
    checkIntercept: createCheckInterceptFunction(deps),
    requestIntercept: createRequestInterceptFunction(deps),
    getIntercept: createGetInterceptFunction(deps),
    listIntercepts: createListInterceptsFunction(deps),
    cancelIntercept: createCancelInterceptFunction(deps),
    fileComplaint: createFileComplaintFunction(deps),
    listComplaints: createListComplaintsFunction(deps),
    getComplaint: createGetComplaintFunction(deps),
    addComplaintMessage: createAddComplaintMessageFunction(deps),
    respondToResolution: createRespondToResolutionFunction(deps),
    prepareAppeal: createPrepareAppealFunction(deps),
    recordAppeal: createRecordAppealFunction(deps),
    checkEvidence: createCheckEvidenceFunction(deps),
  };
}

/** Every timer-triggered function by its folder name. */
export function createAllTimers(deps: AppDeps): Record<string, TimerHandler> {
  return {
    monitor: createMonitorTimer(deps),
    housekeeping: createHousekeepingTimer(deps),
    interceptWatch: createInterceptWatchTimer(deps),
    slaWatch: createSlaWatchTimer(deps),
  };
}

/** Every HTTP-triggered function (carrier callbacks, WeChat Pay notifications, the staff console's API) by its folder name. */
export function createAllHttp(deps: AppDeps): Record<string, HttpHandler> {
  return {
    carrierPush: createCarrierPushHttp(deps),
    payNotify: createPayNotifyHttp(deps),
    console: createConsoleHttp(deps),
  };
}
