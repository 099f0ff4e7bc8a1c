import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Courier, ExceptionReason, ParcelStatus, PickupCard } from '../../types';

/** The corpus folder: real lines and numbers from public sources, and our own synthetic lines. */
export const CORPUS_DIR = join(__dirname, '..', '..', 'test', 'corpus');

export interface LabelledLine {
  text: string;
  carrier: string;
  /** "owner/repo path" of the public file the line is quoted from, or "synthetic". */
  source: string;
  status: ParcelStatus;
  reason: ExceptionReason | null;
  courier: Courier | null;
  pickup: PickupCard | null;
  /** Held out from tuning by a rule fixed before the reader was tuned (see isHeldOut). */
  heldOut: boolean;
  /** Collected and labelled after the reader's rules were last changed: never seen while tuning. */
  afterFreeze: boolean;
}

export interface LabelledNumber {
  number: string;
  carrier: string;
  source: string;
}

/** FNV-1a over the text: a fixed, tuning-independent way to set a fifth of the corpus aside. */
export function isHeldOut(text: string): boolean {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}

const part = (s: string) => (s === '-' || s === '' ? null : s);

function parseCourier(field: string): Courier | null {
  if (field === '-') return null;
  const [name, phone] = field.split('/');
  return { name: part(name), phone: part(phone ?? '-') };
}

function parsePickup(field: string): PickupCard | null {
  if (field === '-') return null;
  const [code, station, address] = field.split('|');
  return { code: part(code), station: part(station ?? '-'), address: part(address ?? '-') };
}

/** Reads a labelled-lines file (format: test/corpus/README.md). */
export function loadLines(file: string, afterFreeze = false): LabelledLine[] {
  const lines: LabelledLine[] = [];
  let source = '';
  let carrier = '';
  for (const raw of readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    if (raw.startsWith('@source ')) source = raw.slice(8).trim();
    else if (raw.startsWith('@carrier ')) carrier = raw.slice(9).trim();
    else {
      const [label, courier, pickup, ...rest] = raw.split('\t');
      const text = rest.join('\t');
      if (!text) throw new Error(`${file}: unreadable line: ${raw}`);
      const [status, reason] = label.split(':');
      lines.push({
        text,
        carrier,
        source,
        status: status as ParcelStatus,
        reason: (reason as ExceptionReason) ?? null,
        courier: parseCourier(courier),
        pickup: parsePickup(pickup),
        heldOut: isHeldOut(text),
        afterFreeze,
      });
    }
  }
  return lines;
}

export function loadNumbers(file = 'numbers.real.tsv'): LabelledNumber[] {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [number, carrier, source] = l.split('\t');
      return { number, carrier, source };
    });
}

/** Real lines: those the reader was tuned while reading, then those collected after its rules were frozen. */
export const realLines = () => [...loadLines('trace-lines.real.tsv'), ...loadLines('trace-lines.real-after-freeze.tsv', true)];
export const syntheticLines = () => loadLines('trace-lines.synthetic.tsv');
