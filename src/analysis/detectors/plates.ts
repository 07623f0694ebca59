// Vehicle licence plates: mainland plates (京A12345, 粤B·D12345 new-energy, 学/警 suffixes) and,
// in English, a plate number after a cue ("plate ABC 1234").
import lexicon from '../lexicon/identifiers.json';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import type { Hit } from './hit.ts';

const cnPlates = pattern(() => new RegExp(`${lexicon.plate}(?![A-Z0-9])`, 'g'));
const enPlates = pattern(() => new RegExp(lexicon.plateCueEn, 'gi'));

export function detectPlates(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(cnPlates, scan)) hits.push({ code: 'licence-plate', start: m.index, end: m.index + m[0].length, weight: 1 });
  for (const m of matches(enPlates, scan)) {
    const plate = m[1];
    if (!/\d/.test(plate) || !/[A-Z]/i.test(plate)) continue;
    const at = m.index + m[0].lastIndexOf(plate);
    hits.push({ code: 'licence-plate', start: at, end: at + plate.length, weight: 1 });
  }
  return hits;
}
