import Taro from '@tarojs/taro';
import type { PaymentParams } from '../../types';
import { callDev } from './client';

/** What the person did at the pay sheet, as the client saw it: only a hint, the server asks WeChat Pay. */
export type PayOutcome = 'PAID' | 'CANCELLED' | 'FAILED';

export interface PayOrder {
  outTradeNo: string;
  feeFen: number;
  /** What is paid for, as the sheet shows it: 改址 · 圆通速递 YT…. */
  description: string;
  payment: PaymentParams;
}

/** The merchant the sheet names (the WeChat Pay merchant of the mini program). */
export const MERCHANT = '包裹管家';

const SHEET_PAGE = '/pages/intercept/pay/index';
const SHEET_DONE = 'pay-sheet:done';

/**
 * The one way a page takes a payment. In WeChat: the platform's pay sheet. In local mode (H5): our
 * pay sheet page, which settles the order in the local pay sandbox. Either way the caller then asks
 * the server (`getIntercept`) what really happened.
 */
export function pay(order: PayOrder): Promise<PayOutcome> {
  return process.env.TARO_ENV === 'weapp' ? payInWeChat(order.payment) : payInSandbox(order);
}

async function payInWeChat(payment: PaymentParams): Promise<PayOutcome> {
  try {
    await Taro.requestPayment({ ...payment });
    return 'PAID';
  } catch (err) {
    // requestPayment:fail cancel is the person closing the sheet; anything else is a failure.
    return /cancel/.test((err as { errMsg?: string })?.errMsg ?? '') ? 'CANCELLED' : 'FAILED';
  }
}

function payInSandbox(order: PayOrder): Promise<PayOutcome> {
  return new Promise((resolve) => {
    Taro.eventCenter.once(SHEET_DONE, (outcome: PayOutcome) => resolve(outcome));
    const q = `no=${encodeURIComponent(order.outTradeNo)}&fen=${order.feeFen}&what=${encodeURIComponent(order.description)}`;
    void Taro.navigateTo({ url: `${SHEET_PAGE}?${q}` });
  });
}

/** The sandbox sheet's three buttons, as the local pay sandbox names them. */
export type SheetChoice = 'SUCCESS' | 'FAIL' | 'CANCEL';
const OUTCOME: Record<SheetChoice, PayOutcome> = { SUCCESS: 'PAID', FAIL: 'FAILED', CANCEL: 'CANCELLED' };

/** The pay sheet's choice, settled in the local pay sandbox, which tells payNotify as WeChat Pay would. */
export async function settleInSandbox(outTradeNo: string, choice: SheetChoice): Promise<PayOutcome> {
  const reply = await callDev<{ tradeState: string }>('pay', { outTradeNo, outcome: choice });
  if (!reply.ok) return 'FAILED';
  return OUTCOME[choice];
}

/** Called once by the pay sheet as it closes (a back swipe counts as cancelling): the waiting `pay()` returns. */
export function finishPaySheet(outcome: PayOutcome): void {
  Taro.eventCenter.trigger(SHEET_DONE, outcome);
}
