// Browser host: the analysis document (Chrome offscreen document, Firefox frame of the event page) calls
// createBrowserPhotoAnalyzer({ assetUrl: (p) => runtime.getURL(p) }). Nothing loads before the
// first photo; models and the OCR thread are released after a minute idle.
import type { PhotoAnalyzer } from './types.ts';
import { createPhotoAnalyzer, type AnalyzerSettings, type CorePhotoAnalyzer } from './core/analyzer.ts';
import { BROWSER_DECODABLE, decodeInBrowser } from './browser/decode.ts';
import { loadBrowserFaceModels } from './browser/face-models.ts';
import { createBrowserOcrThread } from './browser/tesseract.ts';
import { unloadFaceModels } from './core/face-models.ts';
import { sharedFaceModels, type SharedFaceModels } from './core/shared-models.ts';
import { readMetadataFacts } from './metadata.ts';

/** One set of weights per page, shared by every analyzer in it. */
let faceModels: SharedFaceModels | null = null;

export interface BrowserAnalyzerOptions extends Partial<AnalyzerSettings> {
  /** extension URL of a shipped file, e.g. (p) => chrome.runtime.getURL(p) */
  assetUrl: (path: string) => string;
}

export function createBrowserPhotoAnalyzer(options: BrowserAnalyzerOptions): PhotoAnalyzer & CorePhotoAnalyzer {
  const { assetUrl, ...settings } = options;
  const models = (faceModels ??= sharedFaceModels(() => loadBrowserFaceModels(assetUrl), unloadFaceModels));
  return createPhotoAnalyzer({
    decodable: BROWSER_DECODABLE,
    decode: decodeInBrowser,
    loadFaceModels: models.acquire,
    unloadFaceModels: models.release,
    startOcrThread: () => createBrowserOcrThread(assetUrl),
    readMetadata: readMetadataFacts,
  }, settings);
}
