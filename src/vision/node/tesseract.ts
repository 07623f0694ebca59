// OCR in Node: the OCR thread (ocr-thread.ts) as a worker thread, with tesseract.js-core's SIMD
// build (Node 20 has no relaxed SIMD without a flag) and the 4.0.0_best_int data of the
// @tesseract.js-data packages. The thread is TypeScript: it runs with tsx's loader, which every
// Node entry of this project (tests, scanner, benches) already uses.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startOcrThread, type OcrThread } from '../core/ocr-thread.ts';
import { packagedPaddleFiles } from './paddle.ts';
import { OCR_DATA_VERSION, OCR_LANG_DATA, OCR_LANGS, TESSERACT_CORES, tesseractCoreWasm } from '../asset-paths.ts';

const require = createRequire(import.meta.url);

/** Where a language's traineddata.gz ships inside node_modules. */
export function packagedLangFile(lang: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), OCR_DATA_VERSION, `${lang}.${OCR_LANG_DATA}`);
}

/** tsx's ESM register API (its CommonJS build registers a path that does not resolve from a worker). */
function tsxEsmApi(): string {
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return join(dirname(manifest), exports['./esm/api'].import.default);
}

export async function createNodeOcrThread(): Promise<OcrThread> {
  const langs = OCR_LANGS.map((lang) => ({ lang, data: packagedLangFile(lang) }));
  for (const { data } of langs) if (!existsSync(data)) throw new Error(`OCR language data missing: ${data}`);
  const core = require.resolve(`tesseract.js-core/${TESSERACT_CORES.simd}.js`);
  // a worker's entry file does not go through the loader given in execArgv: the entry registers it
  const entry = JSON.stringify(new URL('./ocr-thread.ts', import.meta.url).href);
  const tsx = JSON.stringify(pathToFileURL(tsxEsmApi()).href);
  const worker = new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); })`, { eval: true });
  return startOcrThread({
    post: (message, transfer) => worker.postMessage(message, transfer),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`OCR thread exited (${code})`)));
    },
    terminate: () => worker.terminate(),
  }, { type: 'start', core, wasm: tesseractCoreWasm(core), langs, paddle: packagedPaddleFiles() });
}
