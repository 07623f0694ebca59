// Loads the photo models (src/vision/browser.ts, a lazy chunk) on the first photo, in the analysis
// document (Chrome's offscreen document, Firefox's frame). The only door to the vision code from
// extension pages.
import browser from 'webextension-polyfill';
import type { PhotoAnalyzer } from '../vision/types.ts';
import type { AnalyzerSettings } from '../vision/core/analyzer.ts';

/** The e2e tier's test build (`npm run build:e2e`, modes `e2e-chrome` and `e2e-firefox`: never
 *  packaged, see BUILDING.md) reads text with the evaluation's roomy OCR budget, so that its checks
 *  of what a photo's text leads to (a number quoted, then covered) do not depend on how busy the
 *  machine is; the product's 4 s budget is tested in src/vision and the bench. In the release
 *  modes this is `{}`, and the bundler drops the rest. */
const E2E_BUILD_SETTINGS: Partial<AnalyzerSettings> =
  import.meta.env.MODE === 'e2e-chrome' || import.meta.env.MODE === 'e2e-firefox' ? { ocrBudgetMs: 120_000 } : {};

let analyzer: Promise<PhotoAnalyzer> | null = null;

export function photoAnalyzer(): Promise<PhotoAnalyzer> {
  analyzer ??= (async () => {
    const { createBrowserPhotoAnalyzer } = await import('../vision/browser.ts');
    // no cache here: the background's per-tab jobs are the one store of photo facts, dropped when
    // the photo is removed or its tab closes (a cache here outlived them until the document closed)
    return createBrowserPhotoAnalyzer({ assetUrl: (path) => browser.runtime.getURL(path), cacheSize: 0, ...E2E_BUILD_SETTINGS });
  })();
  analyzer.catch(() => { analyzer = null; }); // let a later photo try again
  return analyzer;
}
