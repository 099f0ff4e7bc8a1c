import Taro from '@tarojs/taro';
import type { Envelope, EvidenceKind } from '../../types';
import { ERROR_MESSAGES } from '../../types/errors';

/** A photo or video the user chose, before it is uploaded. */
export interface PickedFile {
  name: string;
  kind: EvidenceKind;
  /** What the page shows as the thumbnail (a temp path in WeChat, an object URL in the browser). */
  preview: string;
  /** The platform's handle on the bytes: a temp file path in WeChat. */
  path: string;
  /** The bytes themselves, in the browser only. */
  file?: Blob;
}

/** How many more files the complaint can take, by kind. */
export interface Room {
  photos: number;
  videos: number;
}

const isCancel = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err));

/**
 * WeChat: the platform's picker (camera or album; videos stopped at 60 s when recorded here).
 * Taro picks `evidence-source.h5.ts` instead in the browser.
 */
export async function pickEvidence(room: Room): Promise<PickedFile[]> {
  const count = Math.min(9, room.photos + room.videos);
  if (count < 1) return [];
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count,
      mediaType: room.videos > 0 ? ['image', 'video'] : ['image'],
      sourceType: ['album', 'camera'],
      maxDuration: 60,
      sizeType: ['original'],
      camera: 'back',
    });
    return tempFiles.map((f) => {
      const name = f.tempFilePath.split('/').pop() ?? 'evidence';
      const kind: EvidenceKind = f.fileType === 'video' ? 'VIDEO' : 'PHOTO';
      return { name, kind, preview: kind === 'VIDEO' ? f.thumbTempFilePath : f.tempFilePath, path: f.tempFilePath };
    });
  } catch (err) {
    if (isCancel(err)) return [];
    throw err;
  }
}

/** A name cloud storage accepts and checkEvidence reads the extension of: time, a random part, the original extension. */
function cloudPathOf(picked: PickedFile): string {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(picked.name)?.[1]?.toLowerCase() ?? (picked.kind === 'VIDEO' ? 'mp4' : 'jpg');
  return `complaint-evidence/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${ext}`;
}

/** Straight to 云开发 storage from the phone; checkEvidence then adopts the file by its fileID. */
export async function uploadPicked(picked: PickedFile): Promise<Envelope<{ fileId: string }>> {
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPathOf(picked), filePath: picked.path });
    return { ok: true, data: { fileId: fileID } };
  } catch {
    return { ok: false, error: { code: 'NETWORK', message: ERROR_MESSAGES.NETWORK } };
  }
}
