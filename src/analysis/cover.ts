// What a safer copy of each photo must cover besides its faces: the lines of text in the picture
// that the verdict quotes as evidence (a phone number on a sign, a name on a ticket, a school).
// Several readings of a picture may box the same line: every box that holds a quote is covered.
import type { Box, PhotoFacts, Verdict } from './types.ts';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Per photo (in the draft's order), the boxes of the lines its text evidence quotes. */
export function textToCover(verdict: Verdict, photos: readonly PhotoFacts[]): Box[][] {
  const quotes = photos.map(() => new Set<string>());
  for (const reason of verdict.reasons) {
    for (const e of reason.evidence) {
      if (e.kind === 'photo-text' && quotes[e.photo] && squeeze(e.quote)) quotes[e.photo].add(squeeze(e.quote));
    }
  }
  return photos.map((photo, i) => {
    if (quotes[i].size === 0) return [];
    return (photo.textLines ?? [])
      .filter((line) => {
        const text = squeeze(line.text);
        // the quote inside the line, or a line inside a quote that runs over several lines
        return text.length > 0 && [...quotes[i]].some((q) => text.includes(q) || (text.length >= 2 && q.includes(text)));
      })
      .map((line) => line.box);
  });
}
