import type { EvidenceCheck } from '../../types/complaints';
import type { EvidenceRefusal } from '../domain/complaints/evidence-rules';

export interface EvidenceUpload {
  bytes: Uint8Array;
  /** The name the uploader gave (e.g. IMG_0001.HEIC). */
  name: string;
  /** The Content-Type the uploader sent, if any. */
  mime: string | null;
}

export type EvidenceInspection = { ok: true; evidence: EvidenceCheck } | { ok: false; reason: EvidenceRefusal; message: string };

/** Reads a file's real type, size, structure and (videos) duration from its bytes, and judges it as evidence. */
export type EvidenceInspector = (upload: EvidenceUpload) => Promise<EvidenceInspection>;
