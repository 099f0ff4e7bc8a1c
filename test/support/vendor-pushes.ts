import { dataSign } from '../../server/adapters/carriers/kdniao/request';
import { pushSign } from '../../server/adapters/carriers/kuaidi100/push';

/** A KDNiao push as its servers send it: form POST of RequestData, RequestType and DataSign over the JSON (docs/reference/carriers.md §1.8). */
export function kdniaoPushBody(data: object | string, appKey: string, type = '102'): string {
  const requestData = typeof data === 'string' ? data : JSON.stringify(data);
  return new URLSearchParams({ RequestData: requestData, RequestType: type, DataSign: dataSign(requestData, appKey) }).toString();
}

/** A Kuaidi100 callback as its servers send it: form POST of param and sign = md5(param + salt) (docs/reference/carriers.md §2.3). */
export function kuaidi100PushBody(param: object | string, salt: string, sign?: string): string {
  const text = typeof param === 'string' ? param : JSON.stringify(param);
  return new URLSearchParams({ param: text, sign: sign ?? pushSign(text, salt) }).toString();
}
