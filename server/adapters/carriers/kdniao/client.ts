import type { CarrierCandidate } from '../../../../types';
import {
  CarrierError,
  type CarrierGateway,
  type CarrierQuery,
  type CarrierTrace,
  type SubscribeResult,
} from '../../../ports/carrier-gateway';
import { mapQueryResponse, mapRecognizeResponse, mapSubscribeResponse } from './map-response';
import { REQUEST_TYPE, formBody, queryData, recognizeData, subscribeData } from './request';

export interface KdniaoOptions {
  ebusinessId: string;
  appKey: string;
  queryUrl: string;
  subscribeUrl: string;
  /** 8001 (在途监控 instant query) instead of 1002 where the account has it. */
  monitor?: boolean;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export interface KdniaoGateway extends CarrierGateway {
  subscribe(q: CarrierQuery, callbackUrl: string): Promise<SubscribeResult>;
}

/** KDNiao over HTTP: the only file here that does I/O. */
export function createKdniaoGateway(options: KdniaoOptions): KdniaoGateway {
  const doFetch = options.fetch ?? globalThis.fetch;
  const creds = { ebusinessId: options.ebusinessId, appKey: options.appKey };

  async function post(url: string, type: string, data: object): Promise<string> {
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
        body: formBody(type, data, creds),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw new CarrierError('UNAVAILABLE', `KDNiao unreachable: ${(err as Error).message}`);
    }
    const body = await res.text().catch(() => '');
    if (!res.ok) throw new CarrierError('UNAVAILABLE', `KDNiao HTTP ${res.status}`);
    return body;
  }

  return {
    source: 'kdniao',
    async query(q: CarrierQuery): Promise<CarrierTrace> {
      const type = options.monitor ? REQUEST_TYPE.monitorQuery : REQUEST_TYPE.query;
      return mapQueryResponse(await post(options.queryUrl, type, queryData(q)), q);
    },
    async recognize(waybillNo: string): Promise<CarrierCandidate[]> {
      return mapRecognizeResponse(await post(options.queryUrl, REQUEST_TYPE.recognize, recognizeData(waybillNo)));
    },
    async subscribe(q: CarrierQuery, callbackUrl: string) {
      return mapSubscribeResponse(await post(options.subscribeUrl, REQUEST_TYPE.subscribe, subscribeData(q, callbackUrl)));
    },
  };
}
