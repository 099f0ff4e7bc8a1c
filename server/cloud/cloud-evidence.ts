import type { AppDeps, EvidenceDeps } from '../functions/deps';
import { inspectEvidence } from '../adapters/evidence/inspect-evidence';

/** The cloud root's addition for checkEvidence alone: the parsers that read uploads (see EvidenceDeps). */
export const withEvidenceInspection =
  <T>(factory: (deps: AppDeps & EvidenceDeps) => T) =>
  (deps: AppDeps): T =>
    factory({ ...deps, inspectEvidence });
