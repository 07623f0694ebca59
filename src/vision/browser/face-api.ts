// face-api's browser build (tfjs bundled) on the wasm backend, weights and wasm from the extension.
import type { FaceApi } from '../core/faces.ts';
import { VENDOR } from '../asset-paths.ts';

export async function loadBrowserFaceApi(assetUrl: (path: string) => string): Promise<FaceApi> {
  const faceapi = (await import('@vladmandic/face-api/dist/face-api.esm.js')) as unknown as FaceApi;
  const tf = faceapi.tf as unknown as {
    env(): { set(flag: string, value: boolean): void };
    getBackend(): string;
    setBackend(name: string): Promise<boolean>;
    ready(): Promise<void>;
    setWasmPaths(prefix: string): void; // the bundle's tf namespace carries the wasm backend
  };
  if (tf.getBackend() !== 'wasm') {
    // threaded wasm spawns blob: workers, which hang in extension pages
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.setWasmPaths(withSlash(assetUrl(VENDOR.tfjsWasmDir)));
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs wasm backend unavailable');
    await tf.ready();
  }
  // face-api rebuilds model URLs by splitting on '/', which breaks 'chrome-extension://…';
  // a root-relative path of the same page origin does not.
  const models = sameOriginPath(assetUrl(VENDOR.faceModelDir));
  await Promise.all([
    faceapi.nets.ssdMobilenetv1.loadFromUri(models),
    faceapi.nets.tinyFaceDetector.loadFromUri(models),
    faceapi.nets.ageGenderNet.loadFromUri(models),
  ]);
  return faceapi;
}

const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);

function sameOriginPath(url: string): string {
  const u = new URL(url, location.href);
  return u.origin === location.origin ? u.pathname : url;
}
