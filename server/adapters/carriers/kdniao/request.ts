import { createHash } from 'node:crypto';

/** KDNiao RequestType codes we use (docs/reference/carriers.md §1.1). */
export const REQUEST_TYPE = { query: '1002', monitorQuery: '8001', subscribe: '8008', recognize: '2002' } as const;

/**
 * DataSign = Base64(lower-case hex MD5(RequestData + AppKey)), UTF-8. Base64 encodes the 32-char
 * hex string, not the raw digest (docs/reference/carriers.md §1.3). URL-encoding happens in the form body.
 */
export function dataSign(requestData: string, appKey: string): string {
  const hex = createHash('md5')
    .update(requestData + appKey, 'utf8')
    .digest('hex');
  return Buffer.from(hex, 'utf8').toString('base64');
}

export interface KdniaoCredentials {
  ebusinessId: string;
  appKey: string;
}

/** The form body of any KDNiao call: the JSON data, signed over exactly the string we send. */
export function formBody(type: string, data: object, creds: KdniaoCredentials): string {
  const requestData = JSON.stringify(data);
  return new URLSearchParams({
    RequestData: requestData,
    EBusinessID: creds.ebusinessId,
    RequestType: type,
    DataSign: dataSign(requestData, creds.appKey),
    DataType: '2',
  }).toString();
}

/** 1002 / 8001: ShipperCode + LogisticCode; CustomerName carries the phone tail where the carrier requires one (docs/reference/carriers.md §1.4). */
export function queryData(q: { carrier: string; waybillNo: string; phoneTail?: string }) {
  return { OrderCode: '', ShipperCode: q.carrier, LogisticCode: q.waybillNo, ...(q.phoneTail ? { CustomerName: q.phoneTail } : {}) };
}

export function subscribeData(q: { carrier: string; waybillNo: string; phoneTail?: string }, callbackUrl: string) {
  return { ...queryData(q), Callback: callbackUrl.replace('{vendor}', 'kdniao') };
}

export function recognizeData(waybillNo: string) {
  return { LogisticCode: waybillNo };
}
