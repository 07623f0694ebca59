// Traditional → simplified Chinese with opencc-js, keeping track of where each output character
// came from. Only the two t2s dictionaries are loaded (~37 KB), not the 1.1 MB full build.
import { Trie } from 'opencc-js/core';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** What `toSimplified` returns: output unit k stands for input [from[k], to[k]). */
export interface Simplified {
  units: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  length: number;
}

interface Tables {
  trie: Trie;
  /** 1 for a code unit that starts a TSPhrases entry: only these need the trie */
  phraseStart: Uint8Array;
  /** the first two code units of every key longer than one unit: common characters (一, 上, 不…)
   *  start phrases, and without this filter most of them went through the trie for nothing */
  pairs: Set<number>;
  /** what the trie gives for a phrase-start unit on its own */
  single: Map<number, string>;
  /** single-character conversions by code unit, 0 when none; typed arrays, because a string-keyed
   *  Map lookup per character was a tenth of the engine's time */
  char: Uint16Array;
}

let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  const trie = new Trie();
  trie.loadDictGroup([TSPhrases, TSCharacters]);
  const phraseStart = new Uint8Array(0x10000);
  for (const entry of TSPhrases.split('|')) phraseStart[entry.charCodeAt(0)] = 1;
  const pairs = new Set<number>();
  for (const dict of [TSPhrases, TSCharacters]) {
    for (const entry of dict.split('|')) {
      const key = entry.split(' ')[0];
      if (key.length >= 2) pairs.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
    }
  }
  const single = new Map<number, string>();
  for (let code = 0; code < 0x10000; code++) {
    const m = phraseStart[code] ? trie.matchPrefix(String.fromCharCode(code), 0) : null;
    if (m) single.set(code, m.value);
  }
  const char = new Uint16Array(0x10000);
  for (const entry of TSCharacters.split('|')) {
    const [k, v] = entry.split(' ');
    if (k.length === 1 && v.length === 1) char[k.charCodeAt(0)] = v.charCodeAt(0);
  }
  return (tables = { trie, phraseStart, pairs, single, char });
}

/** CJK code units: only these can need converting, so everything else skips the trie. */
function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

function grow(s: Simplified, need: number): void {
  if (need <= s.units.length) return;
  const size = Math.max(need, s.units.length * 2);
  const units = new Uint16Array(size);
  const from = new Int32Array(size);
  const to = new Int32Array(size);
  units.set(s.units);
  from.set(s.from);
  to.set(s.to);
  Object.assign(s, { units, from, to });
}

/**
 * Converts `text`. A phrase whose simplified form has a different length maps each of its units
 * to the whole phrase.
 */
export function toSimplified(text: string): Simplified {
  const { trie, phraseStart, pairs, single, char } = load();
  const n = text.length;
  const s: Simplified = { units: new Uint16Array(n), from: new Int32Array(n), to: new Int32Array(n), length: 0 };
  let k = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isCjk(code) || !phraseStart[code]) {
      s.units[k] = (isCjk(code) && char[code]) || code;
      s.from[k] = i;
      s.to[k++] = ++i;
      continue;
    }
    // a match longer than one unit needs its first two units in `pairs`
    const m = pairs.has(code * 0x10000 + text.charCodeAt(i + 1)) ? trie.matchPrefix(text, i) : single.has(code) ? { end: i + 1, value: single.get(code)! } : null;
    if (!m) {
      s.units[k] = code;
      s.from[k] = i;
      s.to[k++] = ++i;
      continue;
    }
    const span = m.end - i;
    const value = m.value.split(' ')[0];
    grow(s, k + value.length + (n - m.end));
    for (let j = 0; j < value.length; j++) {
      s.units[k] = value.charCodeAt(j);
      s.from[k] = value.length === span ? i + j : i;
      s.to[k++] = value.length === span ? i + j + 1 : m.end;
    }
    i = m.end;
  }
  s.length = k;
  return s;
}
