import { createBindParcel } from '../use-cases/follow/bind-parcel.use-case';
import { createListMessages, createMarkMessagesRead, createReportSubscription } from '../use-cases/follow/consent.use-case';
import { createListParcels, createUnbindParcel, createUpdateParcel } from '../use-cases/follow/manage-parcels.use-case';
import { defineFunction, type FunctionHandler } from './define-function';
import type { AppDeps } from './deps';
import { createAppTracker } from './parcel-tracker';

export const createBindParcelFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('bindParcel', createBindParcel({ ...deps, tracker: createAppTracker(deps) }), deps.log);
export const createUnbindParcelFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('unbindParcel', createUnbindParcel(deps), deps.log);
export const createListParcelsFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('listParcels', createListParcels(deps), deps.log);
export const createUpdateParcelFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('updateParcel', createUpdateParcel(deps), deps.log);
export const createReportSubscriptionFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('reportSubscription', createReportSubscription(deps), deps.log);
export const createListMessagesFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('listMessages', createListMessages(deps), deps.log);
export const createMarkMessagesReadFunction = (deps: AppDeps): FunctionHandler =>
  defineFunction('markMessagesRead', createMarkMessagesRead(deps), deps.log);
