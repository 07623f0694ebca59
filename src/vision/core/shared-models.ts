// One set of face models per page or process (face-api keeps its age net in module-level nets),
// shared by every analyzer there. Loading is shared and counted so one analyzer's idle release
// cannot pull the weights from under another that is still using them.
import type { FaceModels } from './face-models.ts';

export interface SharedFaceModels {
  acquire(): Promise<FaceModels>;
  release(models: FaceModels): void;
}

export function sharedFaceModels(load: () => Promise<FaceModels>, unload: (models: FaceModels) => void): SharedFaceModels {
  let loading: Promise<FaceModels> | null = null;
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
    release(models) {
      holders = Math.max(0, holders - 1);
      if (holders === 0 && loading) {
        loading = null;
        unload(models);
      }
    },
  };
}
