/** An uploaded file as we keep it: who uploaded it and what it was said to be. */
export interface StoredFile {
  fileId: string;
  /** The uploader's openid: with staff, the only one who may fetch it. */
  owner: string;
  name: string;
  /** As declared at upload; checkEvidence learns the real type from the bytes. */
  mime: string;
  bytes: number;
  sha256: string;
  createdAtMs: number;
}

export type FileViewer = { kind: 'user'; openid: string } | { kind: 'staff'; username: string };

export interface FileLink {
  url: string;
  expiresAtMs: number;
}

/** Ten minutes: long enough to view a photo or play a video, short enough that a leaked link dies soon. */
export const DEFAULT_LINK_TTL_S = 600;
export const MAX_LINK_TTL_S = 3600;

/**
 * Where uploads live: the local disk or 云开发 storage. Files are private: they are fetched
 * only through `link`, which answers for the uploader and for staff.
 */
export interface FileStore {
  put(input: { bytes: Uint8Array; name: string; mime: string; owner: string }): Promise<StoredFile>;
  stat(fileId: string): Promise<StoredFile | null>;
  get(fileId: string): Promise<{ file: StoredFile; bytes: Buffer } | null>;
  /** False when there was nothing to remove. */
  remove(fileId: string): Promise<boolean>;
  /** A short-lived link; null when the file is missing or the viewer is neither its uploader nor staff. */
  link(fileId: string, viewer: FileViewer, ttlS?: number): Promise<FileLink | null>;
  /**
   * Takes charge of a file the mini program uploaded straight to cloud storage (its fileID),
   * recording who claimed it first. Absent where clients cannot upload on their own (locally).
   * Returns the file as recorded, which may belong to someone else if they claimed it first.
   */
  adopt?(uploadId: string, input: { name: string; mime: string; owner: string }): Promise<StoredFile | null>;
}
