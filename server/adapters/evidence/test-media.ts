import { crc32 } from 'node:zlib';

/**
 * Builds small, structurally valid media files for the evidence tests, so no binary blob from
 * anywhere is checked in. The pictures do not decode to an image (the scan data is filler); the
 * checks under test only read the container: magic bytes, box and chunk sizes, sample tables.
 */

const u8 = (...bytes: number[]) => Buffer.from(bytes);
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const ascii = (s: string) => Buffer.from(s, 'latin1');
const zeros = (n: number) => Buffer.alloc(n);
/** Filler that never contains 0xFF, so it cannot be read as a JPEG marker. */
const filler = (n: number) => Buffer.alloc(n, 0x5a);

export function jpeg(totalBytes = 2048): Buffer {
  const segment = (marker: number, payload: Buffer) => Buffer.concat([u8(0xff, marker), u16(payload.length + 2), payload]);
  const head = Buffer.concat([
    u8(0xff, 0xd8),
    segment(0xe0, Buffer.concat([ascii('JFIF\0'), u8(1, 1, 0), u16(1), u16(1), u8(0, 0)])),
    segment(0xc0, Buffer.concat([u8(8), u16(16), u16(16), u8(1, 1, 0x11, 0)])),
    segment(0xda, u8(1, 1, 0, 0, 0x3f, 0)),
  ]);
  return Buffer.concat([head, filler(Math.max(0, totalBytes - head.length - 2)), u8(0xff, 0xd9)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([ascii(type), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
}

export function png(): Buffer {
  const ihdr = Buffer.concat([u32(16), u32(16), u8(8, 2, 0, 0, 0)]);
  return Buffer.concat([
    u8(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', filler(64)),
    pngChunk('IEND', zeros(0)),
  ]);
}

export function webp(): Buffer {
  const vp8 = Buffer.concat([ascii('VP8 '), Buffer.from([10, 0, 0, 0]), filler(10)]);
  const body = Buffer.concat([ascii('WEBP'), vp8]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([ascii('RIFF'), size, body]);
}

/** An ISO-BMFF box: 32-bit size, four-character type, payload. */
export function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32(body.length + 8), ascii(type), body]);
}
const fullBox = (type: string, version: number, flags: number, ...payload: Buffer[]) =>
  box(type, u8(version, (flags >> 16) & 0xff, (flags >> 8) & 0xff, flags & 0xff), ...payload);

const ftyp = (major: string, compatible: string[]) => box('ftyp', ascii(major), u32(0), ...compatible.map(ascii));

export function heic(): Buffer {
  return Buffer.concat([
    ftyp('heic', ['mif1', 'heic']),
    fullBox('meta', 0, 0, fullBox('hdlr', 0, 0, u32(0), ascii('pict'), zeros(12), u8(0))),
    box('mdat', filler(128)),
  ]);
}

const MATRIX = Buffer.concat([u32(0x00010000), u32(0), u32(0), u32(0), u32(0x00010000), u32(0), u32(0), u32(0), u32(0x40000000)]);

function videoTrack(timescale: number, durationUnits: number, sampleSizes: number[], chunkOffset: number): Buffer {
  const avcC = box('avcC', u8(1, 0x42, 0, 0x1e, 0xff, 0xe1), u16(4), u8(0x67, 0x42, 0, 0x1e), u8(1), u16(4), u8(0x68, 0xce, 0x38, 0x80));
  const avc1 = box(
    'avc1',
    zeros(6),
    u16(1),
    zeros(16),
    u16(16),
    u16(16),
    u32(0x00480000),
    u32(0x00480000),
    u32(0),
    u16(1),
    zeros(32),
    u16(0x18),
    u16(0xffff),
    avcC,
  );
  const n = sampleSizes.length;
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), avc1),
    fullBox('stts', 0, 0, u32(1), u32(n), u32(Math.round(durationUnits / n))),
    fullBox('stsc', 0, 0, u32(1), u32(1), u32(n), u32(1)),
    fullBox('stsz', 0, 0, u32(0), u32(n), ...sampleSizes.map(u32)),
    fullBox('stco', 0, 0, u32(1), u32(chunkOffset)),
  );
  const minf = box('minf', fullBox('vmhd', 0, 1, zeros(8)), box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))), stbl);
  const mdia = box(
    'mdia',
    fullBox('mdhd', 0, 0, u32(0), u32(0), u32(timescale), u32(durationUnits), u16(0x55c4), u16(0)),
    fullBox('hdlr', 0, 0, u32(0), ascii('vide'), zeros(12), ascii('VideoHandler\0')),
    minf,
  );
  const tkhd = fullBox(
    'tkhd',
    0,
    3,
    u32(0),
    u32(0),
    u32(1),
    u32(0),
    u32(durationUnits),
    zeros(8),
    zeros(8),
    MATRIX,
    u32(16 << 16),
    u32(16 << 16),
  );
  return box('trak', tkhd, mdia);
}

export interface VideoOptions {
  seconds: number;
  /** 'isom' makes an MP4, 'qt  ' a QuickTime MOV. */
  brand?: 'isom' | 'qt  ';
  /** One sample per second of this many bytes; raise it to reach a file size. */
  sampleBytes?: number;
  /** moov after mdat, as cameras write it before a "fast start" pass. */
  moovLast?: boolean;
}

/** A one-track video whose container says it lasts `seconds`. */
export function video({ seconds, brand = 'isom', sampleBytes = 32, moovLast = false }: VideoOptions): Buffer {
  const timescale = 1000;
  const sizes = Array.from({ length: Math.max(1, Math.ceil(seconds)) }, () => sampleBytes);
  const head = brand === 'qt  ' ? ftyp('qt  ', ['qt  ']) : ftyp('isom', ['isom', 'iso2', 'avc1', 'mp41']);
  const mdat = box('mdat', filler(sizes.reduce((a, b) => a + b, 0)));
  const moovFor = (offset: number) =>
    box(
      'moov',
      fullBox(
        'mvhd',
        0,
        0,
        u32(0),
        u32(0),
        u32(timescale),
        u32(Math.round(seconds * timescale)),
        u32(0x00010000),
        u16(0x0100),
        zeros(10),
        MATRIX,
        zeros(24),
        u32(2),
      ),
      videoTrack(timescale, Math.round(seconds * timescale), sizes, offset),
    );
  if (moovLast) return Buffer.concat([head, mdat, moovFor(head.length + 8)]);
  const moovLength = moovFor(0).length;
  return Buffer.concat([head, moovFor(head.length + moovLength + 8), mdat]);
}

/** A Windows executable's first bytes: what a renamed .exe looks like. */
export function windowsExecutable(): Buffer {
  return Buffer.concat([ascii('MZ'), zeros(58), u32(0x80).reverse(), zeros(64), ascii('PE\0\0'), zeros(256)]);
}
