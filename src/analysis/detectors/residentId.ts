// PRC resident identity numbers (18 characters: region, birth date, sequence, ISO 7064 check
// character). Full numbers must pass the checksum; partly masked ones (110105********1234) count
// when the visible part is plausible, because even the masked form narrows a child down.
import lexicon from '../lexicon/identifiers.json';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import type { Hit } from './hit.ts';

const ids = pattern(() => new RegExp(lexicon.residentId, 'g'));
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdChecksumOk(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  return CHECK[sum % 11] === id[17].toUpperCase();
}

function birthDateOk(id: string): boolean {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function detectResidentIds(text: string, scan = new ScannedText(text)): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches(ids, scan)) {
    const id = m[0];
    const masked = id.includes('*');
    if (masked) {
      const visible = id.replace(/\*/g, '').length;
      if (visible < 8) continue; // region code plus a few digits at least
    } else if (!residentIdChecksumOk(id) || !birthDateOk(id)) continue;
    hits.push({ code: 'id-number', start: m.index, end: m.index + id.length, weight: 1, detail: masked ? 'masked' : 'valid' });
  }
  return hits;
}
