// A sick child's condition by name ("Guillain-Barré syndrome", "aplastic anaemia", "hydrocephalus"),
// from the thousand-odd serious illnesses of lexicon/conditions-en.json. One pass over the words:
// each word is looked up once, and only a word that can start a name tries the longer phrases.
import lexicon from '../lexicon/conditions-en.json';
import { lazy } from '../lexicon/compile.ts';
import type { Hit } from './hit.ts';

/** A word as the lexicon spells it: lower case, no accents, no possessive ('s). */
export function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
}

interface Names {
  /** every name, its words joined by one space */
  phrases: Set<string>;
  /** for a word that starts a name: the most words a name starting with it has */
  longestFrom: Map<string, number>;
}

const names = lazy((): Names => {
  const phrases = new Set<string>();
  const longestFrom = new Map<string, number>();
  for (const term of lexicon.terms) {
    const words = term.split(/[\s-]+/).map(wordKey);
    phrases.add(words.join(' '));
    longestFrom.set(words[0], Math.max(longestFrom.get(words[0]) ?? 0, words.length));
  }
  return { phrases, longestFrom };
});

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A plural names the same condition: "seizures", "tumours". */
const singular = (key: string) => (key.length > 4 && key.endsWith('s') ? key.slice(0, -1) : key);

export function detectConditions(text: string): Hit[] {
  const { phrases, longestFrom } = names();
  const words: { key: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length });
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const longest = longestFrom.get(words[i].key) ?? longestFrom.get(singular(words[i].key));
    if (!longest) continue;
    // the longest name wins: "acute lymphoblastic leukemia", not "leukemia" after it
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const keys = words.slice(i, i + n).map((w) => w.key);
      if (phrases.has(keys.join(' ')) || phrases.has([...keys.slice(0, -1), singular(keys[n - 1])].join(' '))) {
        hits.push({ code: 'sick', start: words[i].start, end: words[i + n - 1].end, weight: 1 });
        i += n - 1;
        break;
      }
    }
  }
  return hits;
}
