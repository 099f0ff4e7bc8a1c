import type { IPayRequest } from 'wechatpay-node-v3/dist/lib/pay-request.interface';
import type { Output } from 'wechatpay-node-v3/dist/lib/interface-v2';
import type { Clock } from '../../ports/clock';
import { PaymentsError } from '../../ports/payments';
import type { PlatformKeys } from './signature';
import { verifySignedMessage } from './verify-notification';

export const WECHATPAY_BASE_URL = 'https://api.mch.weixin.qq.com';

export interface HttpServiceOptions {
  /** Where API v3 lives; a loopback server in tests. */
  baseUrl: string;
  platformKeys: PlatformKeys;
  clock: Clock;
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

/**
 * The transport we give wechatpay-node-v3 (its createHttp hook): the library signs requests, this
 * sends them, and checks the signature and freshness of every 2xx answer, which the library never
 * does. The only file of the adapter that does I/O.
 */
export class VerifiedHttpService implements IPayRequest {
  constructor(private readonly options: HttpServiceOptions) {}

  post(url: string, params: Record<string, unknown>, headers: Record<string, string>): Promise<Output> {
    // The library signed JSON.stringify(params): send exactly those bytes.
    return this.send('POST', url, headers, JSON.stringify(params));
  }

  get(url: string, headers: Record<string, string>): Promise<Output> {
    return this.send('GET', url, headers);
  }

  upload(): Promise<Output> {
    return Promise.reject(new PaymentsError('REJECTED', '', 'uploads are not used'));
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<Output> {
    const target = url.startsWith(WECHATPAY_BASE_URL) ? this.options.baseUrl + url.slice(WECHATPAY_BASE_URL.length) : url;
    let res: Response;
    let text: string;
    try {
      res = await this.options.fetch(target, { method, headers, body, signal: AbortSignal.timeout(this.options.timeoutMs) });
      text = await res.text();
    } catch (err) {
      throw new PaymentsError('UNAVAILABLE', '', `WeChat Pay unreachable: ${(err as Error).message}`);
    }
    if (!res.ok) return { status: res.status, error: text };
    const signed = verifySignedMessage(Object.fromEntries(res.headers), text, {
      keys: this.options.platformKeys,
      nowMs: this.options.clock.now(),
    });
    if (!signed.ok)
      throw new PaymentsError('BAD_RESPONSE', signed.error, `answer to ${method} ${new URL(target).pathname}: ${signed.detail}`);
    try {
      return { status: res.status, data: text ? JSON.parse(text) : undefined };
    } catch {
      throw new PaymentsError('BAD_RESPONSE', '', `answer is not JSON: ${text.slice(0, 80)}`);
    }
  }
}
