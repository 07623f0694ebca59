// The analysis document keeps no photo facts after it answers: the background's per-tab jobs are
// the one store, dropped when the photo is removed or the tab closes. A cache of up to 64 photos
// (OCR text and GPS included) there outlived every photo until the document closed.
import { describe, expect, it, vi } from 'vitest';
import type { AnalyzerSettings } from '../vision/core/analyzer.ts';

const asked: Partial<AnalyzerSettings>[] = [];
vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (p: string) => `chrome-extension://x/${p}` } } }));
vi.mock('../vision/browser.ts', () => ({
  createBrowserPhotoAnalyzer: (options: Partial<AnalyzerSettings>) => { asked.push(options); return {}; },
}));
const { photoAnalyzer } = await import('./load-analyzer.ts');
const { createPhotoAnalyzer } = await import('../vision/core/analyzer.ts');

describe('the analysis document\'s analyzer', () => {
  it('is made with no cache of photo facts', async () => {
    await photoAnalyzer();
    expect(asked).toHaveLength(1);
    expect(asked[0].cacheSize).toBe(0);
  });

  it('with no cache, keeps nothing of a photo once it answered (the same photo is read again)', async () => {
    let reads = 0;
    const analyzer = createPhotoAnalyzer({
      decodable: new Set(['png']),
      decode: async () => { throw new Error('not needed here'); },
      loadFaceModels: async () => { throw new Error('not needed here'); },
      unloadFaceModels: () => undefined,
      startOcrThread: async () => { throw new Error('not needed here'); },
      readMetadata: async (_b, id, name) => { reads++; return { id, name, gps: { lat: 1, lon: 2 }, faces: [], text: '', checked: { metadata: true, faces: false, text: false } }; },
    }, { cacheSize: 0 });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await analyzer.analyze(bytes);
    await analyzer.analyze(bytes);
    expect(reads).toBe(2);
  });
});
