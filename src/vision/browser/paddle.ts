// PaddleOCR inside the browsers' OCR thread: onnxruntime-web's wasm build (vite.config.ts aliases
// `onnxruntime-web` to it, for ppu-paddle-ocr's import as well as this one), its .wasm and the
// models from the extension's own files, one thread (no cross-origin isolation in extension pages
// without extra manifest keys), and OffscreenCanvas (ppu-ocv's web platform, the default).
import * as ort from 'onnxruntime-web';
// vite emits onnxruntime-web's wasm once (its wasm build refers to it too) and gives its path here
import ortWasmPath from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { PaddleEngine } from '../core/paddle-engine.ts';
import type { PaddleFiles } from '../core/ocr-thread.ts';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`PaddleOCR file: ${response.status} ${url}`);
  return response;
}

export async function loadBrowserPaddle(files: PaddleFiles): Promise<PaddleEngine> {
  // ppu-paddle-ocr set a CDN here on import: every first run would ask the network for the wasm
  ort.env.wasm.wasmPaths = { wasm: new URL(ortWasmPath, self.location.href).href };
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  const [detection, recognition, keys] = await Promise.all([
    fetchOk(files.detection).then((r) => r.arrayBuffer()),
    fetchOk(files.recognition).then((r) => r.arrayBuffer()),
    fetchOk(files.keys).then((r) => r.text()),
  ]);
  return PaddleEngine.create({ detection, recognition, keys });
}
