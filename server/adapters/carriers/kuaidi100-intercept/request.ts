import { createHash } from 'node:crypto';
import { carrierInfo } from '../../../../types/carriers';
import type { InterceptType } from '../../../../types/intercepts';
import { CarrierInterceptError, type InterceptOrder } from '../../../ports/carrier-intercept';

/** Kuaidi100's e-waybill account at one carrier (partnerId etc.), whichever fields that carrier asks for. */
export interface PartnerAccount {
  partnerId?: string;
  partnerKey?: string;
  partnerSecret?: string;
  partnerName?: string;
  net?: string;
  code?: string;
}

/** Our types → interceptType. A hold at the destination outlet has no Kuaidi100 counterpart. */
export const INTERCEPT_TYPE: Record<InterceptType, string | null> = {
  RETURN: 'RETURN_SEND_ADDR',
  REDIRECT: 'MODIFY_ADDR',
  HOLD: null,
};

/** Carriers whose intercept results Kuaidi100 sends only to a callback, which is then required. */
export const CALLBACK_REQUIRED = new Set(['ZTO', 'JTSD', 'YTO']);

/** The order/print/intercept signature: UPPER(MD5(param + t + key + secret)). */
export function printSign(param: string, t: string, key: string, secret: string): string {
  return createHash('md5')
    .update(param + t + key + secret, 'utf8')
    .digest('hex')
    .toUpperCase();
}

export interface InterceptCredentials {
  key: string;
  secret: string;
  partners: Partial<Record<string, PartnerAccount>>;
  callbackUrl?: string;
  salt?: string;
}

/** The label/order form body for method=interceptOrder. */
export function interceptBody(order: InterceptOrder, creds: InterceptCredentials, nowMs: number): string {
  const kuaidicom = carrierInfo(order.carrier)?.kuaidi100;
  const interceptType = INTERCEPT_TYPE[order.type];
  if (!kuaidicom || !interceptType) throw new CarrierInterceptError('NOT_SUPPORTED', `${order.type} at ${order.carrier}`);
  if (order.type === 'REDIRECT' && !order.newReceiver) throw new CarrierInterceptError('REJECTED', 'a redirect needs the new receiver');
  const param = JSON.stringify({
    kuaidicom,
    kuaidinum: order.waybillNo,
    interceptType,
    ...creds.partners[order.carrier],
    reason: order.reason,
    orderid: order.reference,
    ...(order.newReceiver
      ? { recManInfo: { name: order.newReceiver.name, mobile: order.newReceiver.phone, printAddr: order.newReceiver.printAddr } }
      : {}),
    ...(creds.callbackUrl ? { callbackUrl: creds.callbackUrl } : {}),
    ...(creds.salt ? { salt: creds.salt } : {}),
  });
  const t = String(nowMs);
  return new URLSearchParams({
    method: 'interceptOrder',
    key: creds.key,
    t,
    sign: printSign(param, t, creds.key, creds.secret),
    param,
  }).toString();
}
