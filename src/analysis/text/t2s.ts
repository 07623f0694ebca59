// Traditional → simplified Chinese with opencc-js, keeping track of where each output character
// came from. Only the two t2s dictionaries are loaded (~37 KB), not the 1.1 MB full build; a text
// written in traditional characters also goes through Taiwan's words for what the lexicons name in
// mainland words (TWPhrasesRev, 18 KB: 聯絡 → 联系, 影片 → 视频, 計程車 → 出租车), so a Taiwanese
// post reads like a mainland one. Simplified text keeps its own words (影片 is a film there).
import { Trie } from 'opencc-js/core';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { UnitWriter, type Units } from './units.ts';

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
  /** the longest key, in code units: the trie never reads further than this from a start */
  longest: number;
}

let tables: Tables | null = null;
let regionalTables: Tables | null = null;

function load(): Tables {
  return (tables ??= build([TSPhrases]));
}

/** 著 after a verb is the mainland's 着 (穿著 → 穿着, 抱著, 跟著, 光著腳): opencc's t2s tables keep 著,
 *  a simplified character too, so a Taiwanese or Hong Kong post missed every pattern written with
 *  着. Where 著 means "to write" or "marked" (著名, 著作, 顯著, 原著) it stays. */
const ZHE = [
  '著 着', '著名 著名', '著作 著作', '著稱 著称', '著述 著述', '著書 著书', '著錄 著录', '著者 著者',
  '顯著 显著', '卓著 卓著', '昭著 昭著', '土著 土著', '原著 原著', '巨著 巨著', '編著 编著', '論著 论著',
  '專著 专著', '遺著 遗著', '名著 名著', '合著 合著', '新著 新著', '拙著 拙著', '譯著 译著', '所著 所著', '撰著 撰著',
].join('|');

/** The t2s tables with Taiwan's phrases first, their mainland forms already simplified. */
function loadRegional(): Tables {
  if (regionalTables) return regionalTables;
  const base = load().trie;
  const regional = TWPhrasesRev.split('|').map((entry) => {
    const [key, value] = entry.split(' ');
    return `${key} ${base.convert(value)}`;
  });
  return (regionalTables = build([ZHE, regional.join('|'), TSPhrases]));
}

/** `phraseDicts` first (the first wins where two hold the same phrase), then TSCharacters */
function build(phraseDicts: string[]): Tables {
  const trie = new Trie();
  trie.loadDictGroup([...phraseDicts, TSCharacters]);
  const phraseStart = new Uint8Array(0x10000);
  for (const dict of phraseDicts) for (const entry of dict.split('|')) phraseStart[entry.charCodeAt(0)] = 1;
  const pairs = new Set<number>();
  let longest = 1;
  for (const dict of [...phraseDicts, TSCharacters]) {
    for (const entry of dict.split('|')) {
      const key = entry.split(' ')[0];
      if (key.length >= 2) pairs.add(key.charCodeAt(0) * 0x10000 + key.charCodeAt(1));
      longest = Math.max(longest, key.length);
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
  return { trie, phraseStart, pairs, single, char, longest };
}

/** Whether the text holds a character that only traditional Chinese writes. */
function hasTraditional(units: Uint16Array, n: number, char: Uint16Array): boolean {
  for (let i = 0; i < n; i++) if (char[units[i]] && isCjk(units[i])) return true;
  return false;
}

/** CJK code units: only these can need converting, so everything else skips the trie. */
function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

/** The trie's longest match of units[i…] (units[i] starts a phrase), read from a string of just
 *  the units it can reach: the text is held as units. */
function matchPhrase(t: Tables, units: Uint16Array, i: number, n: number): { end: number; value: string } | null {
  const window = String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + t.longest)) as unknown as number[]);
  const m = t.trie.matchPrefix(window, 0);
  return m && { end: i + m.end, value: m.value };
}

/**
 * Converts `src`, each output unit keeping the source range of the input it came from. A phrase
 * whose simplified form has a different length maps each of its units to the whole phrase.
 */
export function toSimplified(src: Units): Units {
  const { units, from, to, length: n } = src;
  const t = hasTraditional(units, n, load().char) ? loadRegional() : load();
  const { phraseStart, pairs, single, char } = t;
  const w = new UnitWriter(src);
  let i = 0;
  while (i < n) {
    // the units that no table converts (most of them) go through as a run
    let j = i;
    while (j < n && !(isCjk(units[j]) && (phraseStart[units[j]] || char[units[j]]))) j++;
    w.copyRun(i, j);
    if ((i = j) >= n) break;
    const code = units[i];
    if (!phraseStart[code]) {
      const u = isCjk(code) && char[code];
      if (u) w.put(u, from[i], to[i]);
      else w.copy(i);
      i++;
      continue;
    }
    // a match longer than one unit needs its first two units in `pairs`
    const m = i + 1 < n && pairs.has(code * 0x10000 + units[i + 1]) ? matchPhrase(t, units, i, n) : single.has(code) ? { end: i + 1, value: single.get(code)! } : null;
    if (!m) {
      w.copy(i++);
      continue;
    }
    const span = m.end - i;
    const value = m.value.split(' ')[0];
    for (let j = 0; j < value.length; j++) {
      const same = value.length === span;
      w.put(value.charCodeAt(j), from[same ? i + j : i], to[same ? i + j : m.end - 1]);
    }
    i = m.end;
  }
  return w.out;
}
