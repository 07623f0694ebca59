// Runs every detector over one normalised text. Masked spans (童装, "child process"…) hide the
// child and risk words inside them.
import { detectChildWords } from './childWords.ts';
import { outside, type Hit } from './hit.ts';
import { detectNames } from './names.ts';
import { detectPhones } from './phones.ts';
import { detectAddresses, detectClasses, detectSchools, detectStations, detectStreets } from './places.ts';
import { detectPlates } from './plates.ts';
import { detectResidentIds } from './residentId.ts';
import { detectContexts, detectMasks } from './traps.ts';
import { detectVulnerability } from './vulnerability.ts';

export interface Findings {
  child: Hit[];
  vulnerability: Hit[];
  identifiers: Hit[];
  contexts: Hit[];
  masks: Hit[];
}

export function detectAll(text: string): Findings {
  const masks = detectMasks(text);
  const idHits = [
    ...detectResidentIds(text),
    ...detectPhones(text),
    ...detectPlates(text),
    ...detectNames(text),
    ...detectSchools(text),
    ...detectClasses(text),
    ...detectAddresses(text),
    ...detectStreets(text),
    ...detectStations(text),
  ];
  // an ID number is not also a phone number
  const ids = idHits.filter((h) => h.code === 'id-number');
  const identifiers = idHits.filter((h) => h.code === 'id-number' || !(h.code === 'phone-number' && ids.some((i) => i.start < h.end && h.start < i.end)));
  return {
    child: outside(detectChildWords(text), masks),
    vulnerability: outside(detectVulnerability(text), masks),
    identifiers,
    contexts: detectContexts(text),
    masks,
  };
}
