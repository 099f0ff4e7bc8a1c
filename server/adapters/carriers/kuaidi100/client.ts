import type { CarrierCandidate } from '../../../../types';
import type { Clock } from '../../../ports/clock';
import { CarrierError, type CarrierGateway, type CarrierQuery, type CarrierTrace } from '../../../ports/carrier-gateway';
import { mapAutonumberResponse, mapQueryResponse, mapSubscribeResponse } from './map-response';
import { autonumberUrl, queryBody, subscribeBody } from './request';

export interface Kuaidi100Options {
  customer: string;
  key: string;
  queryUrl: string;
  pollUrl: string;
  autonumberUrl: string;
  clock: Clock;
  timeoutMs?: number;
  /** "请控制每一单查询频率至少在半小时以上,否则会造成锁单" (docs/reference/carriers.md §2.1). */
  minIntervalMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Signs Kuaidi100's callbacks to us (KUAIDI100_CALLBACK_SALT). */
  callbackSalt?: string;
}

export interface Kuaidi100Gateway extends CarrierGateway {
  subscribe(q: CarrierQuery, callbackUrl: string): Promise<void>;
}

const RECENT_MAX = 10_000;

/** Kuaidi100 over HTTP: the only file here that does I/O. */
export function createKuaidi100Gateway(options: Kuaidi100Options): Kuaidi100Gateway {
  const doFetch = options.fetch ?? globalThis.fetch;
  const minInterval = options.minIntervalMs ?? 30 * 60_000;
  // The last answer per number: Kuaidi100 locks numbers queried more often than every 30 minutes.
  const recent = new Map<string, { atMs: number; trace: CarrierTrace }>();

  async function send(url: string, init: RequestInit): Promise<string> {
    let res: Response;
    try {
      res = await doFetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
    } catch (err) {
      throw new CarrierError('UNAVAILABLE', `Kuaidi100 unreachable: ${(err as Error).message}`);
    }
    const body = await res.text().catch(() => '');
    if (!res.ok) throw new CarrierError('UNAVAILABLE', `Kuaidi100 HTTP ${res.status}`);
    return body;
  }

  const form = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  return {
    source: 'kuaidi100',
    async query(q: CarrierQuery): Promise<CarrierTrace> {
      const id = `${q.carrier}:${q.waybillNo}:${q.phoneTail ?? ''}`;
      const cached = recent.get(id);
      if (cached && options.clock.now() - cached.atMs < minInterval) return cached.trace;
      const trace = mapQueryResponse(await send(options.queryUrl, form(queryBody(q, options))), q);
      recent.delete(id);
      recent.set(id, { atMs: options.clock.now(), trace });
      if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
      return trace;
    },
    async recognize(waybillNo: string): Promise<CarrierCandidate[]> {
      return mapAutonumberResponse(await send(autonumberUrl(options.autonumberUrl, waybillNo, options.key), { method: 'GET' }));
    },
    async subscribe(q: CarrierQuery, callbackUrl: string): Promise<void> {
      if (!options.callbackSalt) throw new CarrierError('AUTH', 'KUAIDI100_CALLBACK_SALT is needed to verify callbacks');
      mapSubscribeResponse(
        await send(options.pollUrl, form(subscribeBody(q, options.key, callbackUrl, options.callbackSalt))),
        Boolean(q.phoneTail),
      );
    },
  };
}
