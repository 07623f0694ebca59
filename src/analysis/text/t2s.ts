// Traditional → simplified Chinese with opencc-js, keeping track of where each output character
// came from. Only the two t2s dictionaries are loaded (~37 KB), not the 1.1 MB full build.
import { Trie } from 'opencc-js/core';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

let trie: Trie | null = null;
/** characters that start a multi-character phrase: only these need the trie */
let phraseStarts: Set<string> | null = null;
/** single-character conversions, looked up directly */
let chars: Map<string, string> | null = null;

function load(): Trie {
  if (!trie) {
    trie = new Trie();
    trie.loadDictGroup([TSPhrases, TSCharacters]);
    phraseStarts = new Set(TSPhrases.split('|').map((entry) => entry[0]));
    chars = new Map(TSCharacters.split('|').map((entry) => [entry.split(' ')[0], entry.split(' ')[1]] as [string, string]).filter(([k, v]) => k.length === 1 && v.length === 1));
  }
  return trie;
}

/** CJK code units: only these can need converting, so everything else skips the trie. */
function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

/**
 * Converts `text` and calls `emit(unit, from, to)` for every output code unit, where [from, to) is
 * the span of `text` that the unit stands for. A phrase whose simplified form has a different
 * length maps each of its units to the whole phrase.
 */
export function toSimplified(text: string, emit: (unit: string, from: number, to: number) => void): void {
  const t = load();
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (!isCjk(text.charCodeAt(i))) {
      emit(c, i, i + 1);
      i++;
      continue;
    }
    if (!phraseStarts!.has(c)) {
      emit(chars!.get(c) ?? c, i, i + 1);
      i++;
      continue;
    }
    const m = t.matchPrefix(text, i);
    if (!m) {
      emit(text[i], i, i + 1);
      i++;
      continue;
    }
    const span = m.end - i;
    const value = m.value.split(' ')[0];
    for (let k = 0; k < value.length; k++) {
      if (value.length === span) emit(value[k], i + k, i + k + 1);
      else emit(value[k], i, m.end);
    }
    i = m.end;
  }
}
