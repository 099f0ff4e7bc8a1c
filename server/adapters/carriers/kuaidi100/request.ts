import { createHash } from 'node:crypto';
import { carrierInfo } from '../../../../types';
import { CarrierError } from '../../../ports/carrier-gateway';

/** Real-time query signature: UPPER(MD5(param + key + customer)) (docs/reference/carriers.md §2.1). */
export function querySign(param: string, key: string, customer: string): string {
  return createHash('md5')
    .update(param + key + customer, 'utf8')
    .digest('hex')
    .toUpperCase();
}

export function kuaidi100Company(carrier: string): string {
  const info = carrierInfo(carrier);
  if (!info) throw new CarrierError('NOT_FOUND', `no Kuaidi100 company code for ${carrier}`);
  return info.kuaidi100;
}

/** poll/query.do form body; resultv2=8 adds sub-states, cities and the estimated arrival. */
export function queryBody(q: { carrier: string; waybillNo: string; phoneTail?: string }, creds: { customer: string; key: string }): string {
  const param = JSON.stringify({ com: kuaidi100Company(q.carrier), num: q.waybillNo, phone: q.phoneTail ?? '', resultv2: '8' });
  return new URLSearchParams({ customer: creds.customer, sign: querySign(param, creds.key, creds.customer), param }).toString();
}

/** /poll subscription body (docs/reference/carriers.md §2.3): our callback, a salt for its signature, the phone tail where needed. */
export function subscribeBody(
  q: { carrier: string; waybillNo: string; phoneTail?: string },
  key: string,
  callbackUrl: string,
  salt: string,
): string {
  const param = JSON.stringify({
    company: kuaidi100Company(q.carrier),
    number: q.waybillNo,
    key,
    parameters: {
      callbackurl: callbackUrl.replace('{vendor}', 'kuaidi100'),
      salt,
      resultv2: '4',
      ...(q.phoneTail ? { phone: q.phoneTail } : {}),
    },
  });
  return new URLSearchParams({ schema: 'json', param }).toString();
}

export function autonumberUrl(base: string, waybillNo: string, key: string): string {
  const url = new URL(base);
  url.searchParams.set('num', waybillNo);
  url.searchParams.set('key', key);
  return url.toString();
}
