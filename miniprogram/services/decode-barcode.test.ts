/** @jest-environment node */
import { BarcodeFormat, QRCodeWriter } from '@zxing/library';
import { code128Modules } from '../../e2e/support/barcode';
import { decodeGrey, rotateQuarter, type GreyImage } from './decode-barcode';
import { scanned } from './scan-outcome';

/** A label's Code 128 bars, 3 px per module, on white with a quiet zone, as a grey image. */
function barcodeLabel(text: string): GreyImage {
  const modules = code128Modules(text);
  const width = (modules.length + 24) * 3;
  const height = 120;
  const pixels = new Uint8ClampedArray(width * height).fill(255);
  for (let y = 20; y < 100; y += 1) modules.forEach((on, i) => on && pixels.fill(0, y * width + (i + 12) * 3, y * width + (i + 13) * 3));
  return { pixels, width, height };
}

function qrLabel(text: string): GreyImage {
  const matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, new Map());
  const px = 4;
  const size = (matrix.getWidth() + 8) * px;
  const pixels = new Uint8ClampedArray(size * size).fill(255);
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) if (matrix.get(Math.floor(x / px) - 4, Math.floor(y / px) - 4)) pixels[y * size + x] = 0;
  return { pixels, width: size, height: size };
}

// ZXing's CommonJS build warns about its own "not found" exceptions; the browser build does not.
beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));

const turns = (image: GreyImage, n: number) => Array.from({ length: n }).reduce<GreyImage>((img) => rotateQuarter(img), image);

test.each([0, 1, 2, 3])('regression (issue 9): a barcode photographed turned %i quarter(s) is read', (n) => {
  expect(decodeGrey(turns(barcodeLabel('YT7530129834562'), n))).toBe('YT7530129834562');
});

test('a quarter turn moves each pixel where a clockwise turn puts it', () => {
  const image = { pixels: Uint8ClampedArray.from([1, 2, 3, 4, 5, 6]), width: 3, height: 2 };
  expect(rotateQuarter(image)).toEqual({ pixels: Uint8ClampedArray.from([4, 1, 5, 2, 6, 3]), width: 2, height: 3 });
});

test('regression (issue 9): a QR code holding a carrier link gives the number, not the link', () => {
  const text = decodeGrey(turns(qrLabel('https://www.kuaidi100.com/chaxun?com=yuantong&nu=YT7530129834568'), 1));
  expect(scanned(text)).toEqual({ kind: 'found', waybillNo: 'YT7530129834568' });
});

test('a photo with no code in it is unreadable, not a number', () => {
  const blank = { pixels: new Uint8ClampedArray(200 * 100).fill(255), width: 200, height: 100 };
  expect(scanned(decodeGrey(blank))).toEqual({ kind: 'unreadable' });
});
