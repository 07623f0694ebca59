// Metadata facts (GPS, orientation, places…) come from the engine's reader in src/analysis: the
// analyzer starts from them and adds faces and text.
import type { PhotoFacts } from '../analysis/types.ts';
import { photoFactsFromMetadata, readPhotoMetadata } from '../analysis/index.ts';

export async function readMetadataFacts(bytes: Uint8Array, id: string, name?: string): Promise<PhotoFacts> {
  return photoFactsFromMetadata(id, name, await readPhotoMetadata(bytes));
}
