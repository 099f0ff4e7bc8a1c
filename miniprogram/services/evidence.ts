import type { EvidenceKind } from '../../types';
import { MAX_PHOTOS, MAX_VIDEOS } from '../../types/complaint-elements';
import { call } from './client';
import { pickEvidence, uploadPicked, type PickedFile, type Room } from './evidence-source';

export type EvidenceState = 'uploading' | 'checking' | 'ok' | 'refused';

/** One file of a complaint as the form shows it, from the moment it is chosen. */
export interface EvidenceItem {
  key: string;
  name: string;
  kind: EvidenceKind;
  preview: string;
  state: EvidenceState;
  /** Set once uploaded. */
  fileId: string | null;
  /** Why it was refused, in Chinese (the server's EVIDENCE_INVALID message). */
  reason: string | null;
  durationS: number | null;
}

export const EVIDENCE_STATE_LABELS: Record<EvidenceState, string> = {
  uploading: '上传中',
  checking: '检查中',
  ok: '已通过',
  refused: '未通过',
};

/** Refused files do not count: the user removes them or not, they are never sent. */
export function roomLeft(items: readonly EvidenceItem[]): Room {
  const kept = items.filter((i) => i.state !== 'refused');
  const photos = kept.filter((i) => i.kind === 'PHOTO').length;
  return { photos: Math.max(0, MAX_PHOTOS - photos), videos: Math.max(0, MAX_VIDEOS - (kept.length - photos)) };
}

/** The files that passed checkEvidence, as fileComplaint takes them. */
export const acceptedIds = (items: readonly EvidenceItem[]) => items.flatMap((i) => (i.state === 'ok' && i.fileId ? [i.fileId] : []));

let counter = 0;

/** Uploads one chosen file and has the server judge its bytes, reporting each step to `update`. */
export async function checkPicked(picked: PickedFile, update: (item: EvidenceItem) => void): Promise<EvidenceItem> {
  counter += 1;
  let item: EvidenceItem = {
    key: `e${counter}-${picked.name}`,
    name: picked.name,
    kind: picked.kind,
    preview: picked.preview,
    state: 'uploading',
    fileId: null,
    reason: null,
    durationS: null,
  };
  const step = (patch: Partial<EvidenceItem>) => {
    item = { ...item, ...patch };
    update(item);
    return item;
  };
  update(item);
  const uploaded = await uploadPicked(picked);
  if (!uploaded.ok) return step({ state: 'refused', reason: uploaded.error.message });
  step({ state: 'checking', fileId: uploaded.data.fileId });
  const checked = await call('checkEvidence', { fileId: uploaded.data.fileId });
  if (!checked.ok) return step({ state: 'refused', reason: checked.error.message });
  // The server's reading of the bytes wins over what the picker guessed.
  return step({ state: 'ok', kind: checked.data.kind, durationS: checked.data.durationS });
}

/**
 * Lets the user choose photos and videos, then uploads and checks them one after the other (a
 * phone on a weak network does better with one upload at a time). Files past the room left are
 * not sent: the count comes back so the page can say so.
 */
export async function addEvidence(
  items: readonly EvidenceItem[],
  update: (item: EvidenceItem) => void,
): Promise<{ added: EvidenceItem[]; skipped: number }> {
  const room = roomLeft(items);
  const picked = await pickEvidence(room);
  const fits: PickedFile[] = [];
  const left = { ...room };
  for (const p of picked) {
    const key = p.kind === 'VIDEO' ? 'videos' : 'photos';
    if (left[key] > 0) {
      left[key] -= 1;
      fits.push(p);
    }
  }
  const added: EvidenceItem[] = [];
  for (const p of fits) added.push(await checkPicked(p, update));
  return { added, skipped: picked.length - fits.length };
}
