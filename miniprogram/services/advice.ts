import type { ExceptionReason, Parcel, ParcelAlert } from '../../types';

/** What went wrong in plain words, and what the user can do about it now. */
export interface Advice {
  title: string;
  explain: string;
  next: string;
}

const REASONS: Record<ExceptionReason, Advice> = {
  ADDRESS_UNCLEAR: {
    title: '快递员找不到收件地址',
    explain: '面单上的地址不够详细，或门牌号有误。',
    next: '请联系快递员或客服，补充楼栋、门牌号。',
  },
  RECIPIENT_UNREACHABLE: {
    title: '快递员联系不上收件人',
    explain: '派件时电话无人接听或关机。',
    next: '请留意来电，或主动联系快递员约定送货时间。',
  },
  REFUSED: {
    title: '包裹被拒收',
    explain: '收件时拒收，包裹会退回寄件人。',
    next: '如果不是你本人拒收，请尽快联系客服说明。',
  },
  DAMAGED: {
    title: '包裹破损',
    explain: '运输途中外包装或内件受损。',
    next: '请拍照留证，可以拒收，并联系客服要求理赔。',
  },
  LOST: {
    title: '包裹可能丢失',
    explain: '快递公司暂时找不到这个包裹。',
    next: '请联系寄件人和快递客服，要求查找或赔偿。',
  },
  DELAYED: {
    title: '配送延误',
    explain: '受天气、交通或网点爆仓影响，派送比平时慢。',
    next: '可以先等一等；着急的话联系客服问清原因。',
  },
  OTHER: {
    title: '包裹出了点问题',
    explain: '快递公司标记了异常，但没说明原因。',
    next: '请联系快递客服，问清原因和处理办法。',
  },
};

const ALERTS: Record<ParcelAlert, Advice> = {
  STALE: {
    title: '物流很久没有更新',
    explain: '包裹可能滞留在中转站，或快递公司漏了扫描。',
    next: '可以联系快递客服催一催，请他们查一下包裹在哪。',
  },
  OVERDUE: {
    title: '到了本地还没送到',
    explain: '包裹到达派件城市已经两天，比平时慢。',
    next: '请联系快递员或网点，问清什么时候派送。',
  },
  PICKUP_OVERDUE: {
    title: '包裹在驿站放了好几天',
    explain: '超时不取，驿站可能收费或把包裹退回。',
    next: '请尽快凭取件码去取；去不了可以请家人代取。',
  },
};

/** The advice for a parcel in trouble, or stuck: the exception first, else the first alert; null when all is well. */
export function adviceFor(parcel: Pick<Parcel, 'status' | 'reason' | 'alerts'>): Advice | null {
  if (parcel.status === 'EXCEPTION' || parcel.status === 'RETURNING') return REASONS[parcel.reason ?? 'OTHER'];
  const alert = parcel.alerts[0];
  return alert ? ALERTS[alert] : null;
}
