// The OCR thread in Node (a worker thread, started by tesseract.ts): tesseract.js-core from
// node_modules, the language data from the @tesseract.js-data packages, PaddleOCR (paddle.ts) once asked.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { serveOcr } from '../core/ocr-thread.ts';
import { coreOptions, TesseractEngine, type TessCoreFactory } from '../core/tesseract-engine.ts';
import { loadNodePaddle } from './paddle.ts';

const require = createRequire(import.meta.url);
const port = parentPort;
if (!port) throw new Error('ocr-thread.ts runs as a worker thread');

serveOcr({ post: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', listener) }, async (start) => {
  const factory = require(start.core) as TessCoreFactory;
  const module = await factory(coreOptions(start.wasm));
  const data = await Promise.all(start.langs.map(async ({ lang, data: file }) => [lang, new Uint8Array(gunzipSync(await readFile(file)))] as const));
  return { tesseract: new TesseractEngine(module, new Map(data)), loadPaddle: () => loadNodePaddle(start.paddle) };
});
