import { extractWaybillNo } from '../../types/waybill';

/** What 扫一扫 gave: a number (from a barcode, or a QR code holding a carrier link), nothing readable, or a change of mind. */
export type ScanOutcome = { kind: 'found'; waybillNo: string } | { kind: 'unreadable' } | { kind: 'cancelled' };

export function scanned(text: string | null | undefined): ScanOutcome {
  const waybillNo = text ? extractWaybillNo(text) : '';
  return waybillNo ? { kind: 'found', waybillNo } : { kind: 'unreadable' };
}

/** Taro answers a closed picker or scanner with a failure whose errMsg ends in "cancel". */
export function isCancel(err: unknown): boolean {
  return /cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''));
}
