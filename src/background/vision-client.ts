// How the background gets faces and text for a photo: it asks the analysis document (Chrome's
// offscreen document, a frame in Firefox; analysis-document.ts). Nothing loads until asked.
import type { PhotoFacts } from '../analysis/types.ts';

export interface VisionRequest {
  id: string;
  name: string;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface VisionClient {
  analyze(request: VisionRequest): Promise<PhotoFacts>;
}
