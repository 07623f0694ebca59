// Undoes spellings that hide a word from the lexicons while a reader still sees it: separators
// between single characters (乞·讨, 走-失, c-h-i-l-d), Cyrillic and Greek letters that look Latin
// (сhild), digits for letters (m1ss1ng, b3gging) and pinyin for the core risk words (qitao,
// zǒu shī → 乞讨, 走失). Works on the folded units of normalize.ts and keeps, for every unit it
// writes, the source range it stands for: evidence still quotes the user's own characters.
import WORDS from './evasion-words.json';

export interface Units {
  units: Uint16Array;
  /** from[k], to[k]: the source range of unit k */
  from: Int32Array;
  to: Int32Array;
  length: number;
}

/** separators written between single characters; at most MAX_SEP of them in a row */
const SEPARATORS = new Set([..." ·*_-~/|\\.+^'"].map((c) => c.charCodeAt(0)));
const MAX_SEP = 3;

// look-alikes of Latin letters, Cyrillic then Greek (lower and upper case)
const LOOKALIKE_PAIRS = 'аaеeёeоoрpсcуyхxіiїiјjѕsԁdӏlһhԛqԝwкkАAВBЕEКKМMНHОOРPСCТTУYХXЅSІIЈJ' + 'αaοoρpνvιiκkχxυuΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
const LOOKALIKE = new Map<number, number>();
for (let i = 0; i < LOOKALIKE_PAIRS.length; i += 2) LOOKALIKE.set(LOOKALIKE_PAIRS.charCodeAt(i), LOOKALIKE_PAIRS.charCodeAt(i + 1));

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
const RISK_WORDS = new Set(WORDS.risk_words);

/** pinyin vowels with tone marks → the letter without (ü → v, as pinyin input methods type it) */
const TONELESS = new Map<number, string>();
for (const [plain, marked] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['v', 'üǖǘǚǜÜǕǗǙǛ']] as const) {
  for (const c of marked) TONELESS.set(c.charCodeAt(0), plain);
}

interface PinyinWord { syllables: string[]; hanzi: string }
/** by first letter, longest first */
const PINYIN = new Map<string, PinyinWord[]>();
for (const [spelling, hanzi] of Object.entries(WORDS.pinyin)) {
  const syllables = spelling.replace(/ü/g, 'v').split(' ');
  if (syllables.length !== hanzi.length) throw new Error(`evasion-words.json: ${spelling} has not one syllable per character`);
  const list = PINYIN.get(syllables[0][0]) ?? [];
  if (!list.some((w) => w.syllables.join() === syllables.join())) list.push({ syllables, hanzi });
  PINYIN.set(syllables[0][0], list.sort((a, b) => b.syllables.join('').length - a.syllables.join('').length));
}

const isCjk = (u: number) => (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
const isAsciiLetter = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;
/** a letter of a word: Latin (with accents and tone marks), Cyrillic, Greek */
const isLetter = (u: number) => isAsciiLetter(u) || (u >= 0xc0 && u <= 0x24f && u !== 0xd7 && u !== 0xf7) || (u >= 0x370 && u <= 0x3ff) || (u >= 0x400 && u <= 0x52f);
const isWordChar = (u: number) => isLetter(u) || isDigit(u);
/** lower-case ASCII of a unit for comparisons, tone marks dropped; '' when none */
function plain(u: number): string {
  if (isAsciiLetter(u)) return String.fromCharCode(u | 0x20);
  return TONELESS.get(u) ?? '';
}

class Writer {
  readonly out: Units;
  constructor(size: number) {
    this.out = { units: new Uint16Array(size), from: new Int32Array(size), to: new Int32Array(size), length: 0 };
  }
  put(u: number, from: number, to: number) {
    const o = this.out;
    o.units[o.length] = u;
    o.from[o.length] = from;
    o.to[o.length++] = to;
  }
}

/** 1 can be i or l: every reading of the word, digits read as letters (at most 16) */
function leetReadings(word: string): string[] {
  let readings = [''];
  for (const c of word) {
    const options = c === '1' ? ['i', 'l'] : [LEET[c] ?? c];
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, 16);
  }
  return readings;
}

/** Writes one word (units at `at`), folding look-alike letters and digits written for letters. */
function writeWord(src: Units, at: number[], w: Writer) {
  let codes = at.map((k) => src.units[k]);
  const latin = codes.some(isAsciiLetter);
  const lookalikes = codes.filter((u) => LOOKALIKE.has(u)).length;
  const letters = codes.filter(isLetter).length;
  // a mixed word (сhild), or one made only of look-alikes that spells a risk word (сһіӏԁ); a real
  // Russian or Greek word (как) stays
  if (lookalikes && (latin || lookalikes === letters)) {
    const folded = codes.map((u) => LOOKALIKE.get(u) ?? u);
    if (latin || RISK_WORDS.has(String.fromCharCode(...folded).toLowerCase())) codes = folded;
  }
  const digits = codes.filter(isDigit).length;
  if (digits && digits < codes.length && codes.filter(isAsciiLetter).length >= 2) {
    const word = String.fromCharCode(...codes).toLowerCase();
    const reading = leetReadings(word).find((r) => RISK_WORDS.has(r));
    if (reading) codes = codes.map((u, i) => (isDigit(u) ? reading.charCodeAt(i) : u));
  }
  codes.forEach((u, i) => w.put(u, src.from[at[i]], src.to[at[i]]));
}

/** c-h-i-l-d: at least three single characters, two of them letters, the same 1–3 separators
 *  between each pair ("A c-h-i-l-d" joins only c-h-i-l-d) */
function spacedRun(src: Units, i: number): { at: number[]; end: number } | null {
  const u = src.units;
  const at: number[] = [];
  let separator: string | null = null;
  let k = i;
  for (;;) {
    if (k >= src.length || !isWordChar(u[k]) || (k + 1 < src.length && isWordChar(u[k + 1]))) break;
    at.push(k);
    let j = k + 1;
    while (j < src.length && j - k - 1 < MAX_SEP && SEPARATORS.has(u[j])) j++;
    if (j === k + 1 || j >= src.length || !isWordChar(u[j])) break;
    const sep = String.fromCharCode(...u.subarray(k + 1, j));
    if (separator !== null && sep !== separator) break;
    separator = sep;
    k = j;
  }
  if (at.length < 3 || at.filter((x) => isLetter(u[x])).length < 2) return null;
  return { at, end: at[at.length - 1] + 1 };
}

/** Pass 1: separators between CJK characters and between single letters, look-alikes, leet. */
function joinAndFold(src: Units): Units {
  const w = new Writer(src.length);
  const u = src.units;
  for (let i = 0; i < src.length; ) {
    if (isCjk(u[i])) {
      w.put(u[i], src.from[i], src.to[i]);
      let j = i + 1;
      while (j < src.length && j - i - 1 < MAX_SEP && SEPARATORS.has(u[j])) j++;
      i = j > i + 1 && j < src.length && isCjk(u[j]) ? j : i + 1;
    } else if (isWordChar(u[i]) && (i === 0 || !isWordChar(u[i - 1]))) {
      const run = spacedRun(src, i);
      let end = i;
      while (end < src.length && isWordChar(u[end])) end++;
      if (run) end = run.end;
      writeWord(src, run ? run.at : Array.from({ length: end - i }, (_, k) => i + k), w);
      i = end;
    } else {
      w.put(u[i], src.from[i], src.to[i]);
      i++;
    }
  }
  return w.out;
}

/** The pinyin word spelled at `i` (a word start): where each syllable ends, or null. */
function matchPinyin(src: Units, i: number, word: PinyinWord): number[] | null {
  const u = src.units;
  const ends: number[] = [];
  let k = i;
  for (const [n, syllable] of word.syllables.entries()) {
    if (n > 0 && k < src.length && (u[k] === 0x20 || u[k] === 0x2d || u[k] === 0x27 || u[k] === 0xb7)) k++;
    for (const c of syllable) {
      if (k >= src.length || plain(u[k]) !== c) return null;
      k++;
    }
    if (k < src.length && u[k] >= 0x31 && u[k] <= 0x35) k++; // tone number: qi3tao3
    ends.push(k);
  }
  return k < src.length && isWordChar(u[k]) ? null : ends;
}

/** Pass 2: pinyin for the core risk words, written as the characters it spells. */
function pinyinToHanzi(src: Units): Units {
  const w = new Writer(src.length);
  const u = src.units;
  for (let i = 0; i < src.length; ) {
    const head = plain(u[i]);
    const words = head && (i === 0 || !isWordChar(u[i - 1])) ? PINYIN.get(head) : undefined;
    let done = false;
    for (const word of words ?? []) {
      const ends = matchPinyin(src, i, word);
      if (!ends) continue;
      // each character stands for its syllable in the source
      let start = i;
      for (const [n, end] of ends.entries()) {
        w.put(word.hanzi.charCodeAt(n), src.from[start], src.to[end - 1]);
        start = end < src.length && !isWordChar(u[end]) && n + 1 < ends.length ? end + 1 : end;
      }
      i = ends[ends.length - 1];
      done = true;
      break;
    }
    if (done) continue;
    // not a pinyin word: copy the rest of this word as it is
    do {
      w.put(u[i], src.from[i], src.to[i]);
      i++;
    } while (i < src.length && isWordChar(u[i]) && isWordChar(u[i - 1]));
  }
  return w.out;
}

export function undoEvasions(src: Units): Units {
  return pinyinToHanzi(joinAndFold(src));
}
