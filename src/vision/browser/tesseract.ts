// OCR in an extension page: the OCR thread (ocr-worker.ts) as a Web Worker, with the
// tesseract.js-core build this CPU runs best and the shipped language data. Needs
// 'wasm-unsafe-eval' in the extension-pages CSP, or the core hangs silently.
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { startOcrThread, type OcrThread, type OcrThreadStart } from '../core/ocr-thread.ts';
import { OCR_LANGS, PADDLE_FILES, VENDOR, ocrLangDataPath, tesseractCoreScript, tesseractCoreWasm } from '../asset-paths.ts';

/** The thread's start message: the core for this CPU and the languages' data, as URLs. */
export function browserOcrStart(assetUrl: (path: string) => string, support: { simd: boolean; relaxedSimd: boolean }): OcrThreadStart {
  const core = tesseractCoreScript(support);
  return {
    type: 'start',
    core: assetUrl(core),
    wasm: assetUrl(tesseractCoreWasm(core)),
    langs: OCR_LANGS.map((lang) => ({ lang, data: assetUrl(ocrLangDataPath(lang)) })),
    paddle: {
      detection: assetUrl(`${VENDOR.paddleDir}/${PADDLE_FILES.detection}`),
      recognition: assetUrl(`${VENDOR.paddleDir}/${PADDLE_FILES.recognition}`),
      keys: assetUrl(`${VENDOR.paddleDir}/${PADDLE_FILES.keys}`),
    },
  };
}

export async function createBrowserOcrThread(assetUrl: (path: string) => string): Promise<OcrThread> {
  const [hasSimd, hasRelaxedSimd] = await Promise.all([simd(), relaxedSimd()]);
  const worker = new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'classic' });
  return startOcrThread({
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    onMessage: (listener) => worker.addEventListener('message', (e) => listener(e.data)),
    onFailure: (listener) => worker.addEventListener('error', (e) => listener(new Error(`OCR thread: ${e.message}`))),
    terminate: () => worker.terminate(),
  }, browserOcrStart(assetUrl, { simd: hasSimd, relaxedSimd: hasRelaxedSimd }));
}
