import type { FunctionRequest } from '../../types';
import { call, callDev } from './client';

export const followParcel = (input: FunctionRequest<'bindParcel'>) => call('bindParcel', input);
export const unfollowParcel = (parcelId: string) => call('unbindParcel', { parcelId });
export const listFollowed = (input: FunctionRequest<'listParcels'>) => call('listParcels', input);
export const updateFollowed = (input: FunctionRequest<'updateParcel'>) => call('updateParcel', input);
export const listMessages = () => call('listMessages', {});
export const markMessagesRead = (ids?: string[]) => call('markMessagesRead', ids ? { ids } : {});

export interface InboxItem {
  title: string;
  rows: { label: string; value: string }[];
  page: string;
  sentAtMs: number;
}

/** Local mode only: what WeChat's 服务通知 would show, from the local inbox. */
export async function localInbox(): Promise<InboxItem[]> {
  const reply = await callDev<{ items: InboxItem[] }>('inbox');
  return reply.ok ? reply.data.items : [];
}
