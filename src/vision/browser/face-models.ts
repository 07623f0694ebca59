// The face models in the browser: face-api's browser build (tfjs bundled) on the wasm backend; its
// age net, BlazeFace, FaceMesh, FaceRes and the wasm binaries all come from the extension's own files.
import { GRAPH_MODELS, graphModelFrom, lazyModel, startWasmBackend, type FaceApi, type FaceModels, type GraphModelJson, type Tf } from '../core/face-models.ts';
import { VENDOR } from '../asset-paths.ts';

export async function loadBrowserFaceModels(assetUrl: (path: string) => string): Promise<FaceModels> {
  const faceapi = (await import('@vladmandic/face-api/dist/face-api.esm.js')) as unknown as FaceApi;
  const tf = faceapi.tf as unknown as Tf & { setWasmPaths(prefix: string): void }; // the bundle's tf carries the wasm backend
  await startWasmBackend(tf, () => {
    // threaded wasm spawns blob: workers, which hang in extension pages
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.setWasmPaths(withSlash(assetUrl(VENDOR.tfjsWasmDir)));
  });
  // face-api rebuilds model URLs by splitting on '/', which breaks 'chrome-extension://…';
  // a root-relative path of the same page origin does not.
  await faceapi.nets.ageGenderNet.loadFromUri(sameOriginPath(assetUrl(VENDOR.faceModelDir)));
  const dir = withSlash(assetUrl(VENDOR.humanModelDir));
  const bytes = async (name: string) => (await fetchOk(dir + name)).arrayBuffer();
  const load = async (name: string) => graphModelFrom(tf, (await (await fetchOk(`${dir}${name}.json`)).json()) as GraphModelJson, bytes);
  const [detector, mesh] = await Promise.all([load(GRAPH_MODELS.detector), load(GRAPH_MODELS.mesh)]);
  return { faceapi, tf, detector, mesh, faceres: lazyModel(() => load(GRAPH_MODELS.faceres)) };
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);

function sameOriginPath(url: string): string {
  const u = new URL(url, location.href);
  return u.origin === location.origin ? u.pathname : url;
}
