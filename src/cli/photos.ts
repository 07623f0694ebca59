// Reads the photo files of a draft and runs them through the same PhotoAnalyzer the extension
// uses (src/vision/node.ts). The analyzer, and everything heavy behind it, loads on the first photo.
import { readFile } from 'node:fs/promises';
import type { PhotoFacts } from '../analysis/types.ts';
import type { PhotoAnalyzer } from '../vision/types.ts';

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

export async function analyzePhoto(path: string, absolute: string): Promise<PhotoResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(absolute));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { path, facts: null, error: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'cannot read file' };
  }
  try {
    const facts = await (await getAnalyzer()).analyze(bytes, { name: path });
    return { path, facts, error: facts.error };
  } catch (e) {
    return { path, facts: null, error: `cannot analyse photo (${(e as Error).message})` };
  }
}

export async function disposePhotos(): Promise<void> {
  if (analyzer) await (await analyzer).dispose();
}
