/**
 * file-type reads the real type from the first bytes. It ships only as an ES module, so it is
 * loaded with import(): tsx and Node load it as it is, jest through swc (see jest.config.js).
 */
type FileTypeModule = typeof import('file-type');

let loading: Promise<FileTypeModule> | null = null;

/** The MIME type the bytes say they are, or null when they match nothing file-type knows. */
export async function sniffMime(bytes: Uint8Array): Promise<string | null> {
  loading ??= import('file-type');
  const { fileTypeFromBuffer } = await loading;
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}
