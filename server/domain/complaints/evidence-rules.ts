import type { EvidenceKind } from '../../../types/complaints';

const MB = 1024 * 1024;

/** What we accept, by the type sniffed from the bytes (docs/reference/complaints.md §6). */
export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'image/webp'] as const;
export const VIDEO_MIMES = ['video/mp4', 'video/quicktime'] as const;
export const MAX_PHOTO_BYTES = 10 * MB;
export const MAX_VIDEO_BYTES = 50 * MB;
export const MAX_VIDEO_SECONDS = 60;
/**
 * A recording stopped at 60 s can measure a little over in its container, since its audio and
 * video tracks rarely end on the same frame; half a second of slack keeps those.
 */
export const VIDEO_SECONDS_SLACK = 0.5;

export const EVIDENCE_REFUSALS = {
  EMPTY: '空文件',
  TYPE_MISMATCH: '类型不符',
  TOO_LARGE: '文件过大',
  TOO_LONG: '视频超过 60 秒',
  CORRUPT: '文件已损坏',
} as const;
export type EvidenceRefusal = keyof typeof EVIDENCE_REFUSALS;

/** The user-facing sentence for a refusal: the short reason, then what to do. */
export function refusalMessage(reason: EvidenceRefusal): string {
  const hint: Record<EvidenceRefusal, string> = {
    EMPTY: '请重新选择文件',
    TYPE_MISMATCH: '只能上传 JPEG、PNG、HEIC、WebP 照片或 MP4、MOV 视频',
    TOO_LARGE: '照片不超过 10 MB，视频不超过 50 MB',
    TOO_LONG: '请剪辑到 60 秒以内再上传',
    CORRUPT: '文件不完整，请重新拍摄或选择',
  };
  return `${EVIDENCE_REFUSALS[reason]}：${hint[reason]}`;
}

export function evidenceKindOf(mime: string): EvidenceKind | null {
  if ((PHOTO_MIMES as readonly string[]).includes(mime)) return 'PHOTO';
  if ((VIDEO_MIMES as readonly string[]).includes(mime)) return 'VIDEO';
  return null;
}

/** The kind the uploader said it was, from the declared MIME type or the name's extension; null when it said nothing useful. */
export function declaredKind(name: string, mime: string | null): EvidenceKind | null {
  if (mime?.startsWith('image/')) return 'PHOTO';
  if (mime?.startsWith('video/')) return 'VIDEO';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext && ['jpg', 'jpeg', 'png', 'heic', 'heif', 'webp'].includes(ext)) return 'PHOTO';
  if (ext && ['mp4', 'mov', 'm4v'].includes(ext)) return 'VIDEO';
  return null;
}

/** The facts an inspection found; `sniffedMime` null when the bytes match no known type. */
export interface MediaFacts {
  bytes: number;
  sniffedMime: string | null;
  declared: EvidenceKind | null;
  /** Videos: seconds from the container; null when it could not be read. */
  durationS: number | null;
  /** The file's own structure is complete (no truncation, sizes fit). */
  intact: boolean;
}

export type MediaVerdict = { ok: true; kind: EvidenceKind } | { ok: false; reason: EvidenceRefusal };

/** Decides on the facts, in the order a user can act on: empty, wrong type, too big, broken, too long. */
export function judgeMedia(facts: MediaFacts): MediaVerdict {
  if (facts.bytes === 0) return { ok: false, reason: 'EMPTY' };
  const kind = facts.sniffedMime ? evidenceKindOf(facts.sniffedMime) : null;
  if (!kind || (facts.declared && facts.declared !== kind)) return { ok: false, reason: 'TYPE_MISMATCH' };
  if (facts.bytes > (kind === 'PHOTO' ? MAX_PHOTO_BYTES : MAX_VIDEO_BYTES)) return { ok: false, reason: 'TOO_LARGE' };
  if (!facts.intact || (kind === 'VIDEO' && facts.durationS === null)) return { ok: false, reason: 'CORRUPT' };
  if (kind === 'VIDEO' && (facts.durationS ?? 0) > MAX_VIDEO_SECONDS + VIDEO_SECONDS_SLACK) return { ok: false, reason: 'TOO_LONG' };
  return { ok: true, kind };
}
