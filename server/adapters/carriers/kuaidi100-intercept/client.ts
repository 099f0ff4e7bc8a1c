import type { InterceptType } from '../../../../types/intercepts';
import type { Clock } from '../../../ports/clock';
import { CarrierInterceptError, type CarrierIntercept, type InterceptOrder } from '../../../ports/carrier-intercept';
import { mapInterceptAnswer } from './map-response';
import { CALLBACK_REQUIRED, INTERCEPT_TYPE, interceptBody, type InterceptCredentials } from './request';

export const KUAIDI100_LABEL_ORDER_URL = 'https://api.kuaidi100.com/label/order';

export interface Kuaidi100InterceptOptions extends InterceptCredentials {
  url?: string;
  clock: Clock;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Kuaidi100 interceptOrder over HTTP: the only file here that does I/O. */
export function createKuaidi100Intercept(options: Kuaidi100InterceptOptions): CarrierIntercept {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    source: 'kuaidi100',
    supports(carrier: string, type: InterceptType): boolean {
      if (!INTERCEPT_TYPE[type] || !options.partners[carrier]) return false;
      return !CALLBACK_REQUIRED.has(carrier) || Boolean(options.callbackUrl);
    },
    async submit(order: InterceptOrder) {
      if (!this.supports(order.carrier, order.type)) throw new CarrierInterceptError('NOT_SUPPORTED', `${order.type} at ${order.carrier}`);
      const body = interceptBody(order, options, options.clock.now());
      let res: Response;
      let text: string;
      try {
        res = await doFetch(options.url ?? KUAIDI100_LABEL_ORDER_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        text = await res.text();
      } catch (err) {
        throw new CarrierInterceptError('UNAVAILABLE', `Kuaidi100 unreachable: ${(err as Error).message}`);
      }
      if (!res.ok) throw new CarrierInterceptError('UNAVAILABLE', `Kuaidi100 HTTP ${res.status}`);
      return mapInterceptAnswer(text);
    },
  };
}
