import { createHash } from 'node:crypto';
import { declaredKind, judgeMedia, MAX_VIDEO_BYTES, refusalMessage, type MediaFacts } from '../../domain/complaints/evidence-rules';
import type { EvidenceInspection, EvidenceUpload } from '../../ports/evidence-inspector';
import { isStructurallyComplete } from './container-integrity';
import { sniffMime } from './sniff-type';
import { readVideoContainer } from './video-container';

const VIDEO_MIMES = new Set(['video/mp4', 'video/quicktime']);

/**
 * Checks an upload by its content: the real type from the bytes, the size limit of that type,
 * a complete structure, and for videos the duration from the container. The domain rules
 * (evidence-rules.ts) decide; this reads the facts.
 */
export async function inspectEvidence(upload: EvidenceUpload): Promise<EvidenceInspection> {
  const bytes = Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength);
  const sniffedMime = bytes.length === 0 ? null : await sniffMime(bytes);
  const isVideo = sniffedMime !== null && VIDEO_MIMES.has(sniffedMime);
  // Nothing past the largest limit is parsed: it is refused on its size alone.
  const parse = sniffedMime !== null && bytes.length <= MAX_VIDEO_BYTES;
  const video = isVideo && parse ? readVideoContainer(bytes) : null;

  const facts: MediaFacts = {
    bytes: bytes.length,
    sniffedMime,
    declared: declaredKind(upload.name, upload.mime),
    durationS: video?.durationS ?? null,
    intact: parse && isStructurallyComplete(sniffedMime, bytes) && (video?.samplesInFile ?? true),
  };
  const verdict = judgeMedia(facts);
  if (!verdict.ok) return { ok: false, reason: verdict.reason, message: refusalMessage(verdict.reason) };
  return {
    ok: true,
    evidence: {
      kind: verdict.kind,
      mime: sniffedMime as string,
      bytes: bytes.length,
      durationS: facts.durationS,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}
