// Hosts start a photo's facts from its metadata and add faces and text when vision has run.
import type { PhotoFacts, PhotoMetadata } from '../types.ts';

export function photoFactsFromMetadata(id: string, name: string | undefined, meta: PhotoMetadata): PhotoFacts {
  const facts: PhotoFacts = {
    id,
    name,
    gps: meta.gps,
    places: meta.places,
    capturedAt: meta.capturedAt,
    device: meta.device,
    orientation: meta.orientation,
    width: meta.width,
    height: meta.height,
    faces: [],
    text: '',
    checked: { metadata: meta.format !== null, faces: false, text: false },
    error: meta.error,
  };
  for (const k of Object.keys(facts) as (keyof PhotoFacts)[]) if (facts[k] === undefined) delete facts[k];
  return facts;
}
