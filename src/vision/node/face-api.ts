// face-api in Node without native binaries: its node-wasm build on tfjs + the wasm backend, weights
// read from the npm package's model/ folder.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FaceApi } from '../core/faces.ts';

const require = createRequire(import.meta.url);

export async function loadNodeFaceApi(): Promise<FaceApi> {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
  const tf = faceapi.tf as unknown as { getBackend(): string; setBackend(n: string): Promise<boolean>; ready(): Promise<void> };
  if (tf.getBackend() !== 'wasm') {
    wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
    await tf.setBackend('wasm');
    await tf.ready();
  }
  const models = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await Promise.all([
    faceapi.nets.ssdMobilenetv1.loadFromDisk(models),
    faceapi.nets.tinyFaceDetector.loadFromDisk(models),
    faceapi.nets.ageGenderNet.loadFromDisk(models),
  ]);
  return faceapi;
}
