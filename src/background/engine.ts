// The draft risk engine (src/analysis), behind one module: the background's only door to it.
import { analyzeDraft, photoFactsFromMetadata, readPhotoMetadata } from '../analysis/index.ts';
import type { Draft, PhotoFacts, Verdict } from '../analysis/types.ts';

export function scoreDraft(draft: Draft): Verdict {
  return analyzeDraft(draft);
}

/** Facts from the photo's metadata alone (GPS, places…): fast, no models. The fallback when the
 *  photo models fail or are still running at Send. */
export async function metadataFacts(id: string, name: string, bytes: Uint8Array): Promise<PhotoFacts> {
  try {
    return { ...photoFactsFromMetadata(id, name, await readPhotoMetadata(bytes)), id, name };
  } catch (e) {
    return { id, name, gps: null, faces: [], text: '', checked: { metadata: false, faces: false, text: false }, error: e instanceof Error ? e.message : String(e) };
  }
}
