// The face models, loaded by each host and run by faces.ts: face-api (for its bundled tfjs and its
// age net) and three graph models from @vladmandic/human — BlazeFace full range finds candidate
// faces, FaceMesh confirms each one and places its box, FaceRes gives a second opinion on age. Hosts only fetch the files; building the models
// from them is done here, the same way in Node and in both browsers.
export type FaceApi = typeof import('@vladmandic/face-api');
/** face-api's bundled typings list a few tf ops only; the runtime object is the full tfjs. */
export type Tf = typeof import('@tensorflow/tfjs-core') & { loadGraphModel: typeof import('@tensorflow/tfjs-converter').loadGraphModel };
export type GraphModel = import('@tensorflow/tfjs-converter').GraphModel;

export interface FaceModels {
  faceapi: FaceApi;
  tf: Tf;
  /** BlazeFace full range (blazeface.json, 256×256 input): candidate faces and their score */
  detector: GraphModel;
  /** FaceMesh (facemesh.json, 192×192 input): is this crop a face, and where are its 468 points */
  mesh: GraphModel;
  /** FaceRes (faceres.json, 224×224 input): a second age estimate, for faces face-api reads as
   *  adults. Loaded at that first use: its weights are 14 MB of tfjs' wasm heap, which never shrinks. */
  faceres: LazyModel;
}

export interface LazyModel {
  get(): Promise<GraphModel>;
  readonly loaded: boolean;
  dispose(): void;
}

/** A model loaded on the first `get()`; a failed load is tried again on the next one. */
export function lazyModel(load: () => Promise<GraphModel>): LazyModel {
  let model: Promise<GraphModel> | null = null;
  return {
    get() {
      if (!model) {
        const loading = load();
        model = loading;
        loading.catch(() => { if (model === loading) model = null; });
      }
      return model;
    },
    get loaded() {
      return model !== null;
    },
    dispose() {
      const current = model;
      model = null;
      void current?.then((m) => m.dispose(), () => undefined);
    },
  };
}

/**
 * Puts tfjs on its wasm backend, the only one the face code runs on. The builds we load also carry
 * tfjs' CPU and WebGL backends, and asking tfjs for its backend before choosing one starts the best
 * it knows: WebGL on a machine with a GPU, a GL context for the analysis document that nothing
 * would use (in the test browsers WebGL is software-rendered, which tfjs refuses with
 * failIfMajorPerformanceCaveat, so no figure here shows it); the CPU backend in Node. So the others
 * are taken out of the registry before wasm is started. `setWasmPaths` says where the host keeps
 * tfjs' .wasm files.
 */
export async function startWasmBackend(tf: Tf, setWasmPaths: () => void): Promise<void> {
  if (tf.engine().backendName === 'wasm') return;
  for (const name of tf.engine().backendNames()) if (name !== 'wasm') tf.removeBackend(name);
  setWasmPaths();
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs wasm backend unavailable');
  await tf.ready();
}

/** The graph models' files, as shipped in @vladmandic/human's models/ folder. */
export const GRAPH_MODELS = { detector: 'blazeface', mesh: 'facemesh', faceres: 'faceres' } as const;

/** A model.json of the tfjs graph format (the parts tf.io.fromMemory needs). */
export interface GraphModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: object[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
}

/** `readFile(name)` gives the bytes of a file next to the model.json (its .bin weights). */
export async function graphModelFrom(tf: Tf, json: GraphModelJson, readFile: (name: string) => Promise<ArrayBuffer>): Promise<GraphModel> {
  const buffers = await Promise.all(json.weightsManifest.flatMap((group) => group.paths).map(readFile));
  const weightData = concat(buffers);
  const artifacts = {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
    weightData,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
  };
  const model = await tf.loadGraphModel(tf.io.fromMemory(artifacts as never));
  // the model keeps its artifacts (for save()); the weights are tensors now, so their bytes
  // (9 MB for the three models) would only stay as a second copy
  delete (artifacts as { weightData?: ArrayBuffer }).weightData;
  return model;
}

function concat(buffers: ArrayBuffer[]): ArrayBuffer {
  if (buffers.length === 1) return buffers[0];
  const out = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), at);
    at += b.byteLength;
  }
  return out.buffer;
}

/** Frees every weight tensor, so an idle page gives the memory back to tfjs. */
export function unloadFaceModels(models: FaceModels): void {
  models.detector.dispose();
  models.mesh.dispose();
  models.faceres.dispose();
  if (models.faceapi.nets.ageGenderNet.isLoaded) models.faceapi.nets.ageGenderNet.dispose();
}

/** Size of tfjs' wasm memory (it grows to the largest need and never shrinks), for benches and tests. */
export function wasmHeapBytes(models: FaceModels): number {
  const backend = models.tf.backend() as unknown as { wasm?: { HEAPU8: Uint8Array } };
  return backend.wasm?.HEAPU8.buffer.byteLength ?? 0;
}
