// Loads the photo models (src/vision/browser.ts, a lazy chunk) on the first photo, in the analysis
// document (Chrome's offscreen document, Firefox's frame). The only door to the vision code from
// extension pages.
import browser from 'webextension-polyfill';
import type { PhotoAnalyzer } from '../vision/types.ts';

let analyzer: Promise<PhotoAnalyzer> | null = null;

export function photoAnalyzer(): Promise<PhotoAnalyzer> {
  analyzer ??= (async () => {
    const { createBrowserPhotoAnalyzer } = await import('../vision/browser.ts');
    // no cache here: the background's per-tab jobs are the one store of photo facts, dropped when
    // the photo is removed or its tab closes (a cache here outlived them until the document closed)
    return createBrowserPhotoAnalyzer({ assetUrl: (path) => browser.runtime.getURL(path), cacheSize: 0 });
  })();
  analyzer.catch(() => { analyzer = null; }); // let a later photo try again
  return analyzer;
}
