// The face models in Node without native binaries: face-api's node-wasm build on tfjs + the wasm
// backend, its age net read from its npm package, BlazeFace, FaceMesh and FaceRes from @vladmandic/human's.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GRAPH_MODELS, graphModelFrom, lazyModel, startWasmBackend, type FaceApi, type FaceModels, type GraphModelJson, type Tf } from '../core/face-models.ts';

const require = createRequire(import.meta.url);

/** @vladmandic/human's models/ folder (its package.json is not exported: go up from its main file). */
export function humanModelDir(): string {
  return join(dirname(dirname(require.resolve('@vladmandic/human'))), 'models');
}

/** face-api's node-wasm build with its tfjs on the wasm backend (set up once per process). */
export async function nodeFaceApi(): Promise<{ faceapi: FaceApi; tf: Tf }> {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
  const tf = faceapi.tf as unknown as Tf;
  await startWasmBackend(tf, () => wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/'));
  return { faceapi, tf };
}

export async function loadNodeFaceModels(): Promise<FaceModels> {
  const { faceapi, tf } = await nodeFaceApi();
  await faceapi.nets.ageGenderNet.loadFromDisk(join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model'));
  const dir = humanModelDir();
  const bytes = async (name: string) => {
    const b = await readFile(join(dir, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  const load = async (name: string) => graphModelFrom(tf, JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as GraphModelJson, bytes);
  const [detector, mesh] = await Promise.all([load(GRAPH_MODELS.detector), load(GRAPH_MODELS.mesh)]);
  return { faceapi, tf, detector, mesh, faceres: lazyModel(() => load(GRAPH_MODELS.faceres)) };
}
