// What the toolbar popup shows of a tab's draft: counts over its photos' facts, nothing else.
import type { PhotoFacts } from '../analysis/types.ts';
import type { PhotoSummary } from '../messages.ts';

export function summarizePhotos(settled: readonly PhotoFacts[], pending: number): PhotoSummary {
  return {
    photos: settled.length + pending,
    pending,
    faces: settled.reduce((n, f) => n + f.faces.length, 0),
    childFaces: settled.reduce((n, f) => n + f.faces.filter((face) => face.child).length, 0),
    located: settled.filter((f) => f.gps !== null || (f.places?.length ?? 0) > 0).length,
    withText: settled.filter((f) => f.text.trim() !== '').length,
  };
}
