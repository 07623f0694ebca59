// A sick child's condition by name ("Guillain-Barré syndrome", "aplastic anaemia", "hydrocephalus"),
// from the thousand-odd serious illnesses of lexicon/conditions-en.json. The text's one pass for
// all detectors (lexicon/patterns.ts) finds where a name's first word may start; only there are
// the words read and the names looked up.
import lexicon from '../lexicon/conditions-en.json';
import { lazy } from '../lexicon/compile.ts';
import { matches, pattern, ScannedText } from '../lexicon/patterns.ts';
import { escapeRegex } from '../lexicon/regex-source.ts';
import type { Hit } from './hit.ts';

/** A word as the lexicon spells it: lower case, no accents, no possessive ('s). */
export function wordKey(word: string): string {
  let key = word.toLowerCase();
  // most words are plain ASCII: the Unicode decomposition only for the others
  if (!ASCII.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '');
  return key.includes("'") || key.includes('’') ? key.replace(/['’]s$/, '') : key;
}
const ASCII = /^[\x00-\x7f]*$/;

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

/** a Latin-script word (with accented letters), read where a name may start */
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:['’][A-Za-z]+)?/y;

/** A plural names the same condition: "seizures", "tumours". */
const singular = (key: string) => (key.length > 4 && key.endsWith('s') ? key.slice(0, -1) : key);

/** where a name's first word starts: at a word's start, its letters in any case (a name whose
 *  first word carries an accent in the text, not in WordNet — "Ménière" — is not found) */
const firstWord = pattern(() => {
  const words = [...names().longestFrom.keys()].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z])(?:${words.map(escapeRegex).join('|')})`, 'gi');
});

function wordAt(text: string, at: number): { key: string; start: number; end: number } | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { key: wordKey(m[0]), start: at, end: WORD.lastIndex } : null;
}

export function detectConditions(text: string, scan = new ScannedText(text)): Hit[] {
  const { phrases, longestFrom } = names();
  const hits: Hit[] = [];
  let from = 0;
  for (const m of matches(firstWord, scan)) {
    if (m.index < from) continue;
    const first = wordAt(text, m.index);
    const longest = first && (longestFrom.get(first.key) ?? longestFrom.get(singular(first.key)));
    if (!first || !longest) continue;
    // the words after it, joined by spaces or hyphens ("Guillain-Barré syndrome")
    const words = [first];
    while (words.length < longest) {
      const gap = /^[\s-]+/.exec(text.slice(words[words.length - 1].end, words[words.length - 1].end + 8));
      const next = gap && wordAt(text, words[words.length - 1].end + gap[0].length);
      if (!next) break;
      words.push(next);
    }
    // the longest name wins: "acute lymphoblastic leukemia", not "leukemia" after it
    for (let n = words.length; n >= 1; n--) {
      const keys = words.slice(0, n).map((w) => w.key);
      if (phrases.has(keys.join(' ')) || phrases.has([...keys.slice(0, -1), singular(keys[n - 1])].join(' '))) {
        hits.push({ code: 'sick', start: first.start, end: words[n - 1].end, weight: 1 });
        from = words[n - 1].end;
        break;
      }
    }
  }
  return hits;
}
