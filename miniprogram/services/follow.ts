import type { Credits, FunctionRequest } from '../../types';
import { call, callDev } from './client';

export const followParcel = (input: FunctionRequest<'bindParcel'>) => call('bindParcel', input);
export const unfollowParcel = (parcelId: string) => call('unbindParcel', { parcelId });
export const listFollowed = (input: FunctionRequest<'listParcels'>) => call('listParcels', input);
export const updateFollowed = (input: FunctionRequest<'updateParcel'>) => call('updateParcel', input);
export const listMessages = () => call('listMessages', {});
/** Marks read the messages the user has seen, by id: never "everything", which would include what is not on screen yet. */
export const markMessagesRead = (ids: string[]) => call('markMessagesRead', { ids });

/** How many messages wait unread, for the home page's badge; 0 when it cannot tell. */
export async function unreadCount(): Promise<number> {
  const reply = await call('listMessages', { limit: 1 });
  return reply.ok ? reply.data.unread : 0;
}

/** 我的包裹 at a glance on the home page: what is on its way, waiting to be picked up, in trouble, and the reminders left. */
export interface Glance {
  total: number;
  inTransit: number;
  pickup: number;
  exception: number;
  credits: Credits;
}

export async function glance(): Promise<Glance | null> {
  const reply = await call('listParcels', { filter: 'ALL', archived: false });
  if (!reply.ok) return null;
  const { counts, credits } = reply.data;
  return {
    total: counts.ALL ?? 0,
    inTransit: counts.IN_TRANSIT ?? 0,
    pickup: counts.PICKUP ?? 0,
    exception: counts.EXCEPTION ?? 0,
    credits,
  };
}

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
