import type { FunctionRequest } from '../../types';
import { call } from './client';

/**
 * The intercept functions. The result page imports this file (its entry button), so it stays
 * zod-free: types only from `types`.
 */
export const checkIntercept = (input: FunctionRequest<'checkIntercept'>) => call('checkIntercept', input);
export const requestIntercept = (input: FunctionRequest<'requestIntercept'>) => call('requestIntercept', input);
/** Asks the server, which asks WeChat Pay for the order: the client's word on a payment is never taken. */
export const getIntercept = (id: string) => call('getIntercept', { id });
export const listIntercepts = () => call('listIntercepts', {});
export const cancelIntercept = (id: string) => call('cancelIntercept', { id });

/** The request page of a parcel. */
export const interceptRequestUrl = (waybillNo: string, carrier: string) =>
  `/pages/intercept/new/index?no=${encodeURIComponent(waybillNo)}&carrier=${encodeURIComponent(carrier)}`;

/** Fen as the pay sheet and the price tags show it: ¥18, ¥18.50. */
export const yuanText = (fen: number) => `¥${(fen / 100).toFixed(2).replace(/\.00$/, '')}`;
