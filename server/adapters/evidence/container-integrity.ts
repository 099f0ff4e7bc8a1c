/**
 * Whether a file's own structure is complete: what a cut-off upload fails. Each reader follows
 * its format's length fields from the start and stops at the end marker; none decodes pixels.
 * Formats: JPEG (ITU T.81 markers), PNG (chunks up to IEND), WebP (RIFF size), ISO-BMFF boxes
 * (HEIC, MP4, MOV: ISO/IEC 14496-12 box sizes).
 */

const EOI = Buffer.from([0xff, 0xd9]);

function jpegComplete(b: Buffer): boolean {
  let pos = 2;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return false;
    const marker = b[pos + 1];
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return true;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2; // markers without a length
      continue;
    }
    const length = b.readUInt16BE(pos + 2);
    // After the first scan header comes entropy-coded data; the image is whole when an EOI follows.
    if (marker === 0xda) return b.indexOf(EOI, pos + 2 + length) !== -1;
    pos += 2 + length;
  }
  return false;
}

function pngComplete(b: Buffer): boolean {
  let pos = 8;
  while (pos + 12 <= b.length) {
    const length = b.readUInt32BE(pos);
    if (b.toString('latin1', pos + 4, pos + 8) === 'IEND') return true;
    pos += 12 + length;
  }
  return false;
}

function riffComplete(b: Buffer): boolean {
  return b.length >= 12 && b.readUInt32LE(4) + 8 <= b.length;
}

/** Every top-level box fits in the file: a cut-off download or upload leaves the last one short. */
export function isoBoxesFit(b: Buffer): boolean {
  let pos = 0;
  while (pos < b.length) {
    if (b.length - pos < 8) return false;
    let size = b.readUInt32BE(pos);
    if (size === 1) {
      if (b.length - pos < 16) return false;
      size = Number(b.readBigUInt64BE(pos + 8));
    } else if (size === 0) {
      size = b.length - pos; // runs to the end of the file
    }
    if (size < 8 || pos + size > b.length) return false;
    pos += size;
  }
  return true;
}

const READERS: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': jpegComplete,
  'image/png': pngComplete,
  'image/webp': riffComplete,
  'image/heic': isoBoxesFit,
  'image/heif': isoBoxesFit,
  'video/mp4': isoBoxesFit,
  'video/quicktime': isoBoxesFit,
};

/** True when the structure of `mime` is complete; false for formats we do not accept. */
export function isStructurallyComplete(mime: string, bytes: Buffer): boolean {
  const read = READERS[mime];
  return read ? read(bytes) : false;
}
