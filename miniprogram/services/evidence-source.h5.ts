import type { Envelope, EvidenceKind } from '../../types';
import { uploadLocalFile } from './client';
import type { PickedFile, Room } from './evidence-source';

export type { PickedFile, Room } from './evidence-source';

const VIDEO_EXT = /\.(mp4|mov|m4v)$/i;
const kindOf = (file: File): EvidenceKind => (file.type.startsWith('video/') || VIDEO_EXT.test(file.name) ? 'VIDEO' : 'PHOTO');

/** Resolves with the files chosen, or none when the dialog is closed. */
function chooseFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = 'image/*,video/*';
    input.style.cssText = 'position:fixed;left:-3000px;top:-4000px;';
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.onchange = () => done([...(input.files ?? [])]);
    input.oncancel = () => done([]);
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * The browser: a plain file input. Taro's H5 chooseMedia decodes each file in the page first and
 * silently drops (with a console error) any it cannot decode, a HEIC photo in Chrome included,
 * while the server is the judge of what a file is: every chosen file is kept and checked there.
 */
export async function pickEvidence(room: Room): Promise<PickedFile[]> {
  if (room.photos + room.videos < 1) return [];
  const files = await chooseFiles();
  return files.map((file) => ({ name: file.name, kind: kindOf(file), preview: URL.createObjectURL(file), path: file.name, file }));
}

/** Local mode: the raw bytes to the local server (`POST /api/_upload`). */
export function uploadPicked(picked: PickedFile): Promise<Envelope<{ fileId: string }>> {
  return uploadLocalFile(picked.file ?? new Blob([]), picked.name);
}
