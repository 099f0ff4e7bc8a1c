import { BarcodeFormat, QRCodeWriter } from '@zxing/library';
import type { Page } from 'playwright-core';

/**
 * A PNG image of a waybill label's QR code (顺丰 and 京东 labels carry one next to the Code 128
 * bars; ZXing-js can write QR but not Code 128): ZXing encodes the modules, Chromium paints them
 * on a white label with a quiet zone and returns the PNG bytes.
 */
export async function labelQrPng(page: Page, text: string): Promise<Buffer> {
  const matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, new Map());
  const size = matrix.getWidth();
  const modules = Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => matrix.get(x, y)));
  const dataUrl = await page.evaluate((modules: boolean[][]) => {
    const px = 8;
    const quiet = 4 * px;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = modules.length * px + 2 * quiet;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000';
    modules.forEach((row, y) => row.forEach((on, x) => on && ctx.fillRect(quiet + x * px, quiet + y * px, px, px)));
    return canvas.toDataURL('image/png');
  }, modules);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}
