// Reads the photo files of a draft and runs them through the same PhotoAnalyzer the extension
// uses (src/vision/node.ts). The analyzer, and everything heavy behind it, loads on the first photo.
// A path is looked at before it is read: only a regular file of at most MAX_SCAN_BYTES (the
// extension's own limit) is read, and never more bytes than it had when it was looked at, so a
// device (/dev/zero), a pipe or a huge sparse file costs nothing.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { PhotoFacts } from '../analysis/types.ts';
import { MAX_PHOTO_BYTES } from '../messages.ts';
import type { PhotoAnalyzer } from '../vision/types.ts';

export const MAX_SCAN_BYTES = MAX_PHOTO_BYTES;

let analyzer: Promise<PhotoAnalyzer> | null = null;

function getAnalyzer(): Promise<PhotoAnalyzer> {
  return (analyzer ??= import('../vision/node.ts').then((m) => m.createNodePhotoAnalyzer()));
}

export interface PhotoResult {
  path: string;
  /** null when the file could not be read at all */
  facts: PhotoFacts | null;
  error?: string;
}

const megabytes = (n: number) => (n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0);

/** Why this file is not read, from what stat says; null for a regular file within the limit. */
function refusal(st: { isFile(): boolean; isDirectory(): boolean; size: number }): string | null {
  if (st.isDirectory()) return 'is a directory';
  if (!st.isFile()) return 'not a regular file (a device, pipe or socket): not read';
  if (st.size > MAX_SCAN_BYTES) return `file too large (${megabytes(st.size)} MB, over the ${megabytes(MAX_SCAN_BYTES)} MB limit): not read`;
  return null;
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'cannot read file';
}

/** The file's bytes, or why they were not read. */
export async function readPhotoFile(absolute: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    const before = refusal(await stat(absolute));
    if (before) return { error: before };
    // non-blocking: had the path become a pipe since stat, opening it must not wait for a writer
    const file = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await file.stat(); // the file actually opened
      const why = refusal(st);
      if (why) return { error: why };
      const bytes = new Uint8Array(st.size);
      let got = 0;
      while (got < bytes.length) {
        const { bytesRead } = await file.read(bytes, got, bytes.length - got, got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      return { bytes: bytes.subarray(0, got) };
    } finally {
      await file.close();
    }
  } catch (e) {
    return { error: readError(e) };
  }
}

export async function analyzePhoto(path: string, absolute: string): Promise<PhotoResult> {
  const read = await readPhotoFile(absolute);
  if ('error' in read) return { path, facts: null, error: read.error };
  try {
    const facts = await (await getAnalyzer()).analyze(read.bytes, { name: path });
    return { path, facts, error: facts.error };
  } catch (e) {
    return { path, facts: null, error: `cannot analyse photo (${(e as Error).message})` };
  }
}

export async function disposePhotos(): Promise<void> {
  if (analyzer) await (await analyzer).dispose();
}
