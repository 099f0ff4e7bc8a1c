/**
 * The slice of wx-server-sdk's storage API the adapter uses, typed by us (wx-server-sdk 4.0.2
 * index.d.ts; docs/reference/complaints.md §7): uploading to an existing cloudPath
 * overwrites it, getTempFileURL takes at most 50 files and a maxAge in seconds.
 */
export interface CloudStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: CloudFileResult[] }>;
  getTempFileURL(options: {
    fileList: { fileID: string; maxAge: number }[];
  }): Promise<{ fileList: (CloudFileResult & { tempFileURL: string })[] }>;
}

/** One file's outcome in a batch call: status 0 is success; `code` names the failure (e.g. STORAGE_FILE_NONEXIST). */
export interface CloudFileResult {
  fileID: string;
  status: number;
  code?: string;
  errMsg?: string;
}

/**
 * @cloudbase/node-sdk, under wx-server-sdk, reports a missing file with the code
 * STORAGE_FILE_NONEXIST (its src/const/code.ts), on a thrown error or on a file's batch result.
 */
export function isMissingFile(errOrResult: unknown): boolean {
  if (typeof errOrResult !== 'object' || errOrResult === null) return false;
  const { code, errMsg, message } = errOrResult as { code?: unknown; errMsg?: unknown; message?: unknown };
  return [code, errMsg, message].some((v) => typeof v === 'string' && v.includes('STORAGE_FILE_NONEXIST'));
}

/** A storage call that answered with a non-zero status for our file. */
export class CloudStorageError extends Error {
  constructor(
    readonly call: string,
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${call} ${status}: ${detail}`);
    this.name = 'CloudStorageError';
  }
}
