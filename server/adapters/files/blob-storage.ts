/** The bytes side of a file store: content goes in under a key, comes back by the reference it got. */
export interface BlobStorage {
  /** Stores `bytes` under `key` (their SHA-256); storing the same key again changes nothing. Returns where it went. */
  put(key: string, bytes: Buffer): Promise<string>;
  get(ref: string): Promise<Buffer | null>;
  remove(ref: string): Promise<void>;
  /** A link that opens the blob for `ttlS` seconds, until `expiresAtMs`; `fileId` lets a local link serve the file by its id. */
  link(ref: string, fileId: string, expiry: { ttlS: number; expiresAtMs: number }): Promise<string>;
  /** Cloud only: the reference of a file a client uploaded by itself is its own fileID. */
  readonly acceptsClientUploads: boolean;
}
