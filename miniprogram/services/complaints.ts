import type { Complaint, FunctionRequest } from '../../types';
import { call } from './client';
import { monthDay } from './labels';

export const fileComplaint = (input: FunctionRequest<'fileComplaint'>) => call('fileComplaint', input);
export const listComplaints = () => call('listComplaints', {});
export const getComplaint = (id: string) => call('getComplaint', { id });
export const sendComplaintMessage = (id: string, text: string) => call('addComplaintMessage', { id, text });
export const respondToResolution = (id: string, accept: boolean, reason?: string) =>
  call('respondToResolution', { id, accept, ...(reason ? { reason } : {}) });
export const prepareAppeal = (id: string) => call('prepareAppeal', { id });
export const recordAppeal = (id: string, caseNo: string) => call('recordAppeal', { id, caseNo });

/** "2026-11-24T12:45:00+08:00" → "11月24日 12:45": our times are already Beijing time. */
export function dayAndTime(iso: string): string {
  return `${monthDay(iso)} ${iso.slice(11, 16)}`;
}

/** "2026年11月30日": for dates a user may keep (appeal windows). */
export function fullDate(iso: string): string {
  return `${iso.slice(0, 4)}年${monthDay(iso)}`;
}

/** "88.00 元" from fen. */
export const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

type CaseTimes = Pick<Complaint, 'deadlines' | 'breaches' | 'appeal'>;

/** The promises the case runs on, in plain words; a missed one says so (the server's breaches, not this phone's clock). */
export function deadlineLines(c: CaseTimes): { text: string; late: boolean }[] {
  const d = c.deadlines;
  const missed = (kind: 'FIRST_RESPONSE' | 'RESOLUTION') => c.breaches.some((b) => b.kind === kind);
  const lines: { text: string; late: boolean }[] = [];
  if (d.firstRespondedAt) lines.push({ text: `客服已于 ${dayAndTime(d.firstRespondedAt)} 答复`, late: false });
  else if (missed('FIRST_RESPONSE')) lines.push({ text: `客服应在 ${dayAndTime(d.firstResponseDue)} 前答复，已超时`, late: true });
  else lines.push({ text: `客服最晚 ${dayAndTime(d.firstResponseDue)} 前答复`, late: false });
  if (d.resolvedAt) lines.push({ text: `已于 ${dayAndTime(d.resolvedAt)} 给出处理结果`, late: false });
  else if (missed('RESOLUTION')) lines.push({ text: `应在 ${dayAndTime(d.resolutionDue)} 前给出处理结果，已超时`, late: true });
  else lines.push({ text: `最晚 ${dayAndTime(d.resolutionDue)} 前给出处理结果`, late: false });
  if (c.appeal) lines.push({ text: `12305 应在 ${fullDate(c.appeal.answerDue)} 前答复`, late: false });
  return lines;
}
