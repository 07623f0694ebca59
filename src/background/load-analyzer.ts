// Loads the photo models (src/vision/browser.ts) on first use — in Chrome's offscreen document
// and in Firefox's background page. The only door to the vision code from extension pages.
// import.meta.glob keeps the build working while vision/browser.ts is being written; it becomes
// a lazy chunk once the file exists.
import browser from 'webextension-polyfill';
import type { PhotoAnalyzer } from '../vision/types.ts';

interface BrowserVisionModule {
  createBrowserPhotoAnalyzer(options: { assetUrl: (path: string) => string }): PhotoAnalyzer | Promise<PhotoAnalyzer>;
}

const modules = import.meta.glob('../vision/browser.ts') as Record<string, () => Promise<BrowserVisionModule>>;

let analyzer: Promise<PhotoAnalyzer> | null = null;

export function photoAnalyzer(): Promise<PhotoAnalyzer> {
  analyzer ??= (async () => {
    const load = Object.values(modules)[0];
    if (!load) throw new Error('photo analysis is not part of this build');
    const { createBrowserPhotoAnalyzer } = await load();
    return createBrowserPhotoAnalyzer({ assetUrl: (path) => browser.runtime.getURL(path) });
  })();
  analyzer.catch(() => { analyzer = null; }); // let a later photo try again
  return analyzer;
}
