// How close two hosts' PhotoFacts for the same photo must be.
import type { PhotoFacts } from '../../../src/analysis/types.ts';

/** The shared README's matching normalisation: drop whitespace and these marks, lower-case. */
export function normaliseText(s: string): string {
  return s.replace(/[\s,，:：。.()（）【】|"'-]/g, '').toLowerCase();
}

/** Dice coefficient over character bigrams of the normalised texts (1 = same, 0 = nothing shared). */
export function textSimilarity(a: string, b: string): number {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

export const childShown = (f: PhotoFacts): boolean => f.faces.some((face) => face.child);

/** A short line for logs and assertion messages. */
export function summary(f: PhotoFacts): string {
  const gps = f.gps ? `${f.gps.lat},${f.gps.lon}` : 'none';
  return `gps=${gps} faces=[${f.faces.map((x) => `${Math.round(x.age)}${x.child ? 'c' : ''}`).join(' ')}] text=${JSON.stringify(f.text.slice(0, 60))}${f.textCutShort ? ' (OCR cut short)' : ''}${f.error ? ` error=${f.error}` : ''}`;
}
