// How the background gets faces and text for a photo: Chrome asks its offscreen document,
// Firefox runs the models in the background page itself. Both load nothing until asked.
import type { PhotoFacts } from '../analysis/types.ts';

export interface VisionRequest {
  id: string;
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** the same bytes as they arrived, to pass on without encoding again */
  base64: string;
}

export interface VisionClient {
  analyze(request: VisionRequest): Promise<PhotoFacts>;
}
