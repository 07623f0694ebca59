// One interface for photo understanding, implemented per host (Node, and the analysis document:
// Chrome offscreen document, Firefox frame). The engine never calls this; the host calls it and hands PhotoFacts on.
import type { PhotoFacts } from '../analysis/types.ts';

export interface AnalyzeOptions {
  /** file name, for messages and format hints */
  name?: string;
  /** MIME type if known */
  mime?: string;
  signal?: AbortSignal;
}

export interface PhotoAnalyzer {
  /** metadata + faces + OCR for one photo; never throws for bad input: sets `error` instead */
  analyze(bytes: Uint8Array, options?: AnalyzeOptions): Promise<PhotoFacts>;
  /** free workers and models now */
  dispose(): Promise<void>;
}
