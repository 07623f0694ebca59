// Runs every detector over one normalised text. Masked spans (童装, "child process"…) hide the
// child and risk words inside them.
import { detectChildWords } from './childWords.ts';
import { detectExamSeats } from './examSeats.ts';
import { outside, type Hit } from './hit.ts';
import { detectNames } from './names.ts';
import { detectPhones } from './phones.ts';
import { detectAddresses, detectClasses, detectSchools, detectStations, detectStreets } from './places.ts';
import { detectPlates } from './plates.ts';
import { detectResidentIds } from './residentId.ts';
import { detectContexts, detectMasks } from './traps.ts';
import { readSigns } from './vulnerability.ts';
import { ScannedText } from '../lexicon/patterns.ts';

export interface Findings {
  child: Hit[];
  vulnerability: Hit[];
  /** signs the text only supposes, denies or jokes about (not masked: the model is kept off them) */
  supposed: Hit[];
  identifiers: Hit[];
  contexts: Hit[];
  masks: Hit[];
}

/** `scan`: the same text, where the lexicons' patterns are found in one pass for every detector */
export function detectAll(text: string, scan = new ScannedText(text)): Findings {
  const masks = detectMasks(text, scan);
  const idHits = [
    ...detectResidentIds(text, scan),
    ...detectPhones(text, scan),
    ...detectPlates(text, scan),
    ...detectNames(text, scan),
    ...detectSchools(text, scan),
    ...detectClasses(text, scan),
    ...detectAddresses(text, scan),
    ...detectStreets(text, scan),
    ...detectStations(text, scan),
    ...detectExamSeats(text, scan),
  ];
  // an ID number is not also a phone number
  const ids = idHits.filter((h) => h.code === 'id-number');
  const identifiers = idHits.filter((h) => h.code === 'id-number' || !(h.code === 'phone-number' && ids.some((i) => i.start < h.end && h.start < i.end)));
  // a pet's name is not a child's (the other masks hide no names)
  const named = outside(identifiers, masks.filter((m) => m.detail === 'pet-name'));
  const signs = readSigns(text, scan);
  return {
    child: outside(detectChildWords(text, scan), masks),
    vulnerability: outside(signs.signs, masks),
    supposed: signs.supposed,
    identifiers: named,
    contexts: detectContexts(text, scan),
    masks,
  };
}
