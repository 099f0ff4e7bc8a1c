import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import {
  COMPLAINT_STATE_LABELS,
  COMPLAINT_TYPE_LABELS,
  REMEDY_LABELS,
  TIER_LABELS,
  type ComplaintState,
  type Remedy,
  type Tier,
} from '../../types/complaints';
import { maskAddressDetail, maskMobile, maskName } from '../../types/masking';
import { BEIJING_OFFSET_MINUTES } from '../../types/time';

dayjs.extend(utc);

export { COMPLAINT_STATE_LABELS, COMPLAINT_TYPE_LABELS, REMEDY_LABELS, TIER_LABELS };

export const yuan = (fen: number) => `${(fen / 100).toFixed(2).replace(/\.00$/, '')} 元`;

export const remedyText = (r: Remedy) => (r.kind === 'COMPENSATION' && r.amountFen ? `赔偿 ${yuan(r.amountFen)}` : REMEDY_LABELS[r.kind]);

/**
 * Times as staff read them: 11-23 09:30 in China time wherever the browser is (deadlines run on
 * the Chinese calendar, and users quote these times), with the year only when it is not this one.
 */
export function timeText(iso: string | null): string {
  if (!iso) return '—';
  const t = dayjs(iso).utcOffset(BEIJING_OFFSET_MINUTES);
  return t.format(t.year() === dayjs().utcOffset(BEIJING_OFFSET_MINUTES).year() ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm');
}

export const TIER_THEMES: Record<Tier, 'default' | 'warning' | 'danger'> = { 1: 'default', 2: 'warning', 3: 'danger' };
export const STATE_THEMES: Record<ComplaintState, 'primary' | 'warning' | 'success' | 'danger' | 'default'> = {
  OPEN: 'primary',
  IN_PROGRESS: 'warning',
  RESOLVED: 'success',
  REJECTED: 'danger',
  APPEALED: 'danger',
  CLOSED: 'default',
};

export const ACTION_LABELS: Record<string, string> = {
  FILE: '用户提交投诉',
  USER_MESSAGE: '用户补充说明',
  STAFF_REPLY: '客服回复',
  RESOLVE: '给出处理结果',
  ACCEPT: '用户接受处理结果',
  REJECT: '用户不接受处理结果',
  RECORD_APPEAL: '用户登记 12305 申诉',
  ASSIGN: '分派处理人',
  SET_TIER: '调整级别',
  MARK_BREACH: '超时，升级主管督办',
  REMIND_APPEAL: '提醒用户 12305 答复期限',
  REVEAL_CONTACT: '查看用户完整手机号',
};

export { INTERCEPT_STATE_LABELS, INTERCEPT_TYPE_LABELS, STAFF_ALERT_LABELS } from '../../types/intercept-labels';

type Address = { province: string; city: string; district: string; detail: string; name: string; phone: string };

/** A new address as an e-waybill prints it (name, phone and room hidden), or in full when staff open it to call the carrier. */
export function addressText(a: Address | null, full = false): string {
  if (!a) return '—';
  const detail = full ? a.detail : maskAddressDetail(a.detail);
  return `${a.province}${a.city}${a.district} ${detail}，${full ? a.name : maskName(a.name)} ${full ? a.phone : maskMobile(a.phone)}`;
}

/** When the user paid: the history's PAID entry. */
export const paidAt = (history: { state: string; at: string }[]) => history.find((h) => h.state === 'PAID')?.at ?? null;
