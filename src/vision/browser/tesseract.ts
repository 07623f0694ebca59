// OCR in an extension page: the OCR thread (ocr-worker.ts) as a Web Worker, with the
// tesseract.js-core build this CPU runs best and the shipped language data. Needs
// 'wasm-unsafe-eval' in the extension-pages CSP, or the core hangs silently.
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { startOcrThread, type OcrThread } from '../core/ocr-thread.ts';
import { OCR_LANG_DATA, OCR_LANGS, VENDOR, tesseractCoreScript } from '../asset-paths.ts';

export async function createBrowserOcrThread(assetUrl: (path: string) => string): Promise<OcrThread> {
  const [hasSimd, hasRelaxedSimd] = await Promise.all([simd(), relaxedSimd()]);
  const core = tesseractCoreScript({ simd: hasSimd, relaxedSimd: hasRelaxedSimd });
  const worker = new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'classic' });
  return startOcrThread({
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) => worker.addEventListener('message', (e) => listener(e.data)),
    onFailure: (listener) => worker.addEventListener('error', (e) => listener(new Error(`OCR thread: ${e.message}`))),
    terminate: () => worker.terminate(),
  }, {
    type: 'start',
    core: assetUrl(core),
    wasm: assetUrl(core.replace(/\.js$/, '.wasm')),
    langs: OCR_LANGS.map((lang) => ({ lang, data: assetUrl(`${VENDOR.tesseractLangDir}/${lang}.${OCR_LANG_DATA}`) })),
  });
}
