// face-api keeps its weights in module-level nets, shared by every analyzer in the same page or
// process. Loading is shared and counted so one analyzer's idle release cannot pull the weights
// from under another that is still using them.
import type { FaceApi } from './faces.ts';

export interface SharedFaceModels {
  acquire(): Promise<FaceApi>;
  release(faceapi: FaceApi): void;
}

export function sharedFaceModels(load: () => Promise<FaceApi>, unload: (faceapi: FaceApi) => void): SharedFaceModels {
  let loading: Promise<FaceApi> | null = null;
  let holders = 0;
  return {
    async acquire() {
      holders++;
      try {
        loading ??= load();
        return await loading;
      } catch (e) {
        holders--;
        loading = null;
        throw e;
      }
    },
    release(faceapi) {
      holders = Math.max(0, holders - 1);
      if (holders === 0 && loading) {
        loading = null;
        unload(faceapi);
      }
    },
  };
}
