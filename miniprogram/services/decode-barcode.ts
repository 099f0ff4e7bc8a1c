import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';

/** Waybill labels carry Code 128 (most carriers), sometimes Code 39, ITF or a QR code. */
const BARS = [BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.ITF];
const FORMATS = [...BARS, BarcodeFormat.QR_CODE];
const MAX_SIDE = 1600;

/** A grey image as ZXing reads it: one byte per pixel, row by row. */
export interface GreyImage {
  pixels: Uint8ClampedArray;
  width: number;
  height: number;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image did not load'));
    img.src = url;
  });
}

/** Grey levels of an RGBA image. */
function luminances(data: Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(data.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = (data[i * 4] * 299 + data[i * 4 + 1] * 587 + data[i * 4 + 2] * 114) / 1000;
  return out;
}

/** The image turned a quarter clockwise: ZXing's RGB source cannot rotate, so the decoder turns the pixels itself. */
export function rotateQuarter({ pixels, width, height }: GreyImage): GreyImage {
  const out = new Uint8ClampedArray(pixels.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) out[x * height + (height - 1 - y)] = pixels[y * width + x];
  }
  return { pixels: out, width: height, height: width };
}

function readerFor(formats: BarcodeFormat[]): MultiFormatReader {
  const reader = new MultiFormatReader();
  reader.setHints(
    new Map<DecodeHintType, unknown>([
      [DecodeHintType.POSSIBLE_FORMATS, formats],
      [DecodeHintType.TRY_HARDER, true],
    ]),
  );
  return reader;
}

/**
 * The text of the barcode or QR code in a grey image, or null. A label is photographed any way
 * round: the image is tried upright, then turned 90°, 180° and 270° (docs/reference/first-use.md), each with TRY_HARDER (more
 * rows scanned, bars read both ways). QR codes read at any angle, so the turns look for bars only.
 */
export function decodeGrey(image: GreyImage): string | null {
  const upright = readerFor(FORMATS);
  const turnedReader = readerFor(BARS);
  let turned = image;
  for (let turn = 0; turn < 4; turn += 1) {
    try {
      const source = new RGBLuminanceSource(turned.pixels, turned.width, turned.height);
      return (turn ? turnedReader : upright).decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
    } catch {
      turned = rotateQuarter(turned); // not found this way round: turn and try again
    }
  }
  return null;
}

/** Decodes the barcode in an image URL (a blob: URL from the photo picker); null when none is readable. */
export async function decodeBarcodeImage(url: string): Promise<string | null> {
  try {
    const img = await loadImage(url);
    const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return decodeGrey({ pixels: luminances(data), width: canvas.width, height: canvas.height });
  } catch {
    return null;
  }
}
