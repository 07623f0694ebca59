// The OCR thread in an extension page: a classic Web Worker (tesseract.js-core is a classic
// script, loaded with importScripts), every file from the extension's own URLs; PaddleOCR (paddle.ts) once asked.
import { serveOcr } from '../core/ocr-thread.ts';
import { coreOptions, TesseractEngine, type TessCoreFactory } from '../core/tesseract-engine.ts';
import { loadBrowserPaddle } from './paddle.ts';

interface ClassicWorkerScope {
  importScripts(...urls: string[]): void;
  TesseractCore?: TessCoreFactory;
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const scope = globalThis as unknown as ClassicWorkerScope;

/** The shipped traineddata.gz, unpacked with the browser's own gzip. */
async function traineddata(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`OCR language data: ${response.status} ${url}`);
  return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

serveOcr({ post: (m) => scope.postMessage(m), onMessage: (listener) => scope.addEventListener('message', (e) => listener(e.data)) }, async (start) => {
  scope.importScripts(start.core);
  if (!scope.TesseractCore) throw new Error('tesseract.js-core did not load');
  const module = await scope.TesseractCore(coreOptions(start.wasm));
  const data = await Promise.all(start.langs.map(async ({ lang, data: url }) => [lang, await traineddata(url)] as const));
  return { tesseract: new TesseractEngine(module, new Map(data)), loadPaddle: () => loadBrowserPaddle(start.paddle) };
});
