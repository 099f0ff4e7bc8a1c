import type { KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../ports/clock';
import { signedHeaders, type PlatformSigner } from '../local-pay/wechat-signer';
import { requestMessage, verifySha256Rsa } from './signature';

export interface SeenRequest {
  method: string;
  path: string;
  body: string;
  /** The Authorization header checked against the merchant's public key. */
  signatureValid: boolean;
}

interface RequestBody {
  out_trade_no: string;
  out_refund_no: string;
  amount: { total: number; refund: number };
  payer: { openid: string };
}

interface Answer {
  status: number;
  body?: object;
  /** Change the body after signing it. */
  tamper?: boolean;
  /** Sign as of this many ms before the clock's now. */
  signedAgoMs?: number;
  hang?: boolean;
}

/**
 * A loopback WeChat Pay API v3 for protocol tests: it checks the merchant's request signature the
 * way WeChat does and signs its answers with a platform key, keeping orders and refunds in memory.
 */
export async function startFakeWechatPay(options: { merchantPublicKey: KeyObject; mchid: string; signer: PlatformSigner; clock: Clock }) {
  const seen: SeenRequest[] = [];
  const orders = new Map<string, { state: string; total: number; openid: string; transactionId?: string }>();
  const refunds = new Map<string, Record<string, unknown>>();
  let override: ((req: SeenRequest) => Answer | undefined) | null = null;

  const route = (req: SeenRequest): Answer => {
    const json = (req.body ? JSON.parse(req.body) : {}) as RequestBody;
    let m: RegExpMatchArray | null;
    if (req.method === 'POST' && req.path === '/v3/pay/transactions/jsapi') {
      orders.set(json.out_trade_no, { state: 'NOTPAY', total: json.amount.total, openid: json.payer.openid });
      return { status: 200, body: { prepay_id: `wx21${json.out_trade_no}` } };
    }
    if ((m = req.path.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/?]+)\?mchid=(\d+)$/))) {
      const order = orders.get(m[1]);
      if (!order) return { status: 404, body: { code: 'ORDER_NOT_EXIST', message: '订单不存在' } };
      return { status: 200, body: transaction(m[1], order) };
    }
    if ((m = req.path.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/))) {
      const order = orders.get(m[1]);
      if (order?.state === 'SUCCESS') return { status: 400, body: { code: 'INVALID_REQUEST', message: '订单已支付' } };
      if (order) order.state = 'CLOSED';
      return { status: 204 };
    }
    if (req.method === 'POST' && req.path === '/v3/refund/domestic/refunds') {
      const existing = refunds.get(json.out_refund_no);
      if (existing) return { status: 200, body: existing };
      const refund = {
        refund_id: `5030${refunds.size + 1}`,
        out_refund_no: json.out_refund_no,
        out_trade_no: json.out_trade_no,
        transaction_id: orders.get(json.out_trade_no)?.transactionId ?? '',
        channel: 'ORIGINAL',
        user_received_account: '支付用户零钱',
        create_time: '2026-11-21T10:05:00+08:00',
        status: 'PROCESSING',
        amount: {
          total: json.amount.total,
          refund: json.amount.refund,
          payer_total: json.amount.total,
          payer_refund: json.amount.refund,
          currency: 'CNY',
        },
      };
      refunds.set(json.out_refund_no, refund);
      return { status: 200, body: refund };
    }
    if ((m = req.path.match(/^\/v3\/refund\/domestic\/refunds\/([^/]+)$/))) {
      const refund = refunds.get(m[1]);
      return refund ? { status: 200, body: refund } : { status: 404, body: { code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' } };
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: 'no such route' } };
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const auth = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const fields = Object.fromEntries([...auth.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
      const message = requestMessage(req.method ?? '', req.url ?? '', fields.timestamp ?? '', fields.nonce_str ?? '', raw);
      const signatureValid = fields.mchid === options.mchid && verifySha256Rsa(message, fields.signature ?? '', options.merchantPublicKey);
      const seenReq = { method: req.method ?? '', path: req.url ?? '', body: raw, signatureValid };
      seen.push(seenReq);
      const answer = !signatureValid
        ? { status: 401, body: { code: 'SIGN_ERROR', message: '签名错误' } }
        : (override?.(seenReq) ?? route(seenReq));
      if (answer.hang) return;
      const body = answer.body ? JSON.stringify(answer.body) : '';
      // WeChat signs answers to requests it authenticated; an auth failure comes back unsigned.
      const headers = signatureValid ? signedHeaders(body, options.signer, options.clock.now() - (answer.signedAgoMs ?? 0)) : {};
      res.writeHead(answer.status, { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) });
      res.end(answer.tamper ? body.replace('PROCESSING', 'SUCCESS').replace('NOTPAY', 'SUCCESS') : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    /** The user pays an order. */
    pay(outTradeNo: string) {
      const order = orders.get(outTradeNo)!;
      Object.assign(order, { state: 'SUCCESS', transactionId: `4200${outTradeNo}` });
    },
    answerWith(fn: ((req: SeenRequest) => Answer | undefined) | null) {
      override = fn;
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function transaction(outTradeNo: string, order: { state: string; total: number; openid: string; transactionId?: string }) {
  return {
    appid: 'wxd678efh567hg6787',
    mchid: '1230000109',
    out_trade_no: outTradeNo,
    trade_state: order.state,
    trade_state_desc: order.state === 'SUCCESS' ? '支付成功' : '订单未支付',
    payer: { openid: order.openid },
    ...(order.state === 'SUCCESS'
      ? {
          transaction_id: order.transactionId,
          trade_type: 'JSAPI',
          success_time: '2026-11-21T10:01:00+08:00',
          amount: { total: order.total, currency: 'CNY' },
        }
      : {}),
  };
}
