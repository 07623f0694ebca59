// The characters a pattern can start with, read from the pattern's source by matchStarts.ts (as
// the start table reads them, one unit deep). Regexes built from hundreds of alternatives are
// slow to try at every position; a leading lookahead on this set skips the positions where none
// can start (10× faster on a 2,000-character draft).

import { ANY, matchStarts } from './matchStarts.ts';
import { splitTop } from './regex-source.ts';

/** The characters any of `terms` can start with, or null when some term could start anywhere. */
export function firstChars(terms: string[], caseInsensitive = false): Set<string> | null {
  // the starts of one unit, read as the start table reads them (ANY: a class or escape not read)
  const out = matchStarts(terms.map((t) => `(?:${t})`).join('|'), 1);
  if (!out || out.has(ANY)) return null;
  if (caseInsensitive) {
    for (const c of [...out]) {
      out.add(c.toLowerCase());
      out.add(c.toUpperCase());
    }
  }
  return out;
}

/** A lookahead `(?=[…])` on those characters, or '' when it cannot be built. */
export function firstCharGate(terms: string[], caseInsensitive = false): string {
  const chars = firstChars(terms, caseInsensitive);
  if (!chars || !chars.size) return '';
  const esc = [...chars].map((c) => (/[\]\\^-]/.test(c) ? `\\${c}` : c)).join('');
  return `(?=[${esc}])`;
}

/**
 * The plain character a pattern always starts with ('走' in '走(?:失|丢)'), or null: an escape, a
 * group or class, a quantified first character or a top-level alternation.
 */
export function literalHead(p: string): string | null {
  if (!p || '\\()[]{}.?*+|^$'.includes(p[0]) || (p.length > 1 && '?*+{'.includes(p[1]))) return null;
  return splitTop(p).length === 1 ? p[0] : null;
}
