import { BarcodeFormat, Code128Reader, QRCodeWriter } from '@zxing/library';
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

/** Bar/space widths of the 107 Code 128 symbols, as ZXing's reader knows them (ZXing-js has no Code 128 writer). */
const CODE128_PATTERNS = (Code128Reader as unknown as { CODE_PATTERNS: Int32Array[] }).CODE_PATTERNS;
const START_B = 104;
const STOP = 106;

/** Code set B modules for `text`: start, data, mod-103 checksum, stop — as printed on waybill labels. */
export function code128Modules(text: string): boolean[] {
  const values = [...text].map((ch) => ch.charCodeAt(0) - 32);
  if (values.some((v) => v < 0 || v > 94)) throw new Error('Code 128 B covers printable ASCII only');
  const checksum = (START_B + values.reduce((sum, v, i) => sum + v * (i + 1), 0)) % 103;
  const modules: boolean[] = [];
  for (const symbol of [START_B, ...values, checksum, STOP]) {
    Array.from(CODE128_PATTERNS[symbol]).forEach((width, i) => {
      for (let w = 0; w < width; w += 1) modules.push(i % 2 === 0);
    });
  }
  return modules;
}

/** A PNG of a waybill label's Code 128 barcode, painted by Chromium with a quiet zone; `quarterTurns` photographs it turned. */
export async function labelBarcodePng(page: Page, text: string, quarterTurns = 0): Promise<Buffer> {
  const modules = code128Modules(text);
  const dataUrl = await page.evaluate(
    ({ modules, quarterTurns }: { modules: boolean[]; quarterTurns: number }) => {
      const px = 3;
      const quiet = 12 * px;
      const label = document.createElement('canvas');
      label.width = modules.length * px + 2 * quiet;
      label.height = 180;
      const ctx = label.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, label.width, label.height);
      ctx.fillStyle = '#000';
      modules.forEach((on, x) => on && ctx.fillRect(quiet + x * px, 20, px, 140));
      const sideways = quarterTurns % 2 === 1;
      const photo = document.createElement('canvas');
      photo.width = sideways ? label.height : label.width;
      photo.height = sideways ? label.width : label.height;
      const turn = photo.getContext('2d')!;
      turn.translate(photo.width / 2, photo.height / 2);
      turn.rotate((quarterTurns * Math.PI) / 2);
      turn.drawImage(label, -label.width / 2, -label.height / 2);
      return photo.toDataURL('image/png');
    },
    { modules, quarterTurns },
  );
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}
