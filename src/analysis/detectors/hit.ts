// What every detector returns: a finding at [start, end) of the normalised text.
import { worthScanning } from '../lexicon/compile.ts';

export interface Hit {
  /** detector-specific code: a category ('lost', 'child', 'phone-number'…) */
  code: string;
  start: number;
  end: number;
  /** how much this finding counts (vulnerability weights; 1 elsewhere) */
  weight: number;
  /** extra, detector-specific: the age in years, the kind of phone, 'masked'… */
  detail?: string | number;
}

export function findAll(res: RegExp | RegExp[] | null, text: string, code: string, weight = 1): Hit[] {
  if (!res) return [];
  const hits: Hit[] = [];
  for (const re of Array.isArray(res) ? res : [res]) {
    if (!worthScanning(re, text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ code, start: m.index, end: m.index + m[0].length, weight });
    }
  }
  return hits;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops hits that overlap any of `masks`. */
export function outside(hits: Hit[], masks: Hit[]): Hit[] {
  if (!masks.length) return hits;
  return hits.filter((h) => !masks.some((m) => overlaps(h, m)));
}
