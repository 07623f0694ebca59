// tesseract.js in an extension page: every file from the extension (no CDN, no blob: worker, no
// IndexedDB cache). Needs 'wasm-unsafe-eval' in the extension-pages CSP or it hangs silently.
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { OCR_LANGS, VENDOR, tesseractCoreScript } from '../asset-paths.ts';

export async function createBrowserOcrWorker(assetUrl: (path: string) => string): Promise<Worker> {
  const [hasSimd, hasRelaxedSimd] = await Promise.all([simd(), relaxedSimd()]);
  return createWorker(OCR_LANGS[0], OEM.LSTM_ONLY, {
    workerPath: assetUrl(VENDOR.tesseractWorker),
    corePath: assetUrl(tesseractCoreScript({ simd: hasSimd, relaxedSimd: hasRelaxedSimd })),
    langPath: assetUrl(VENDOR.tesseractLangDir),
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
}
