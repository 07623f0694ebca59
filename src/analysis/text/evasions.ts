// Undoes spellings that hide a word from the lexicons while a reader still sees it: separators
// between single characters (乞·讨, 走-失, c-h-i-l-d), Cyrillic and Greek letters that look Latin
// (сhild), digits for letters (m1ss1ng, b3gging) and pinyin for the core risk words (qitao,
// zǒu shī → 乞讨, 走失). Works on the folded units of normalize.ts and keeps, for every unit it
// writes, the source range it stands for: evidence still quotes the user's own characters.
import WORDS from './evasion-words.json';
import { UnitWriter as Writer, type Units } from './units.ts';

/** separators written between single characters; at most MAX_SEP of them in a row */
const SEPARATOR = new Uint8Array(0x100);
for (const c of " ·*_-~/|\\.+^'") SEPARATOR[c.charCodeAt(0)] = 1;
const isSeparator = (u: number) => u < 0x100 && SEPARATOR[u] === 1;
const MAX_SEP = 3;

// look-alikes of Latin letters, Cyrillic then Greek (lower and upper case)
const LOOKALIKE_PAIRS = 'аaеeёeоoрpсcуyхxіiїiјjѕsԁdӏlһhԛqԝwкkАAВBЕEКKМMНHОOРPСCТTУYХXЅSІIЈJ' + 'αaοoρpνvιiκkχxυuΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
/** look-alike → Latin letter, for U+0370–U+052F (Greek and Cyrillic); 0 = none */
const LOOKALIKE = new Uint8Array(0x530 - 0x370);
for (let i = 0; i < LOOKALIKE_PAIRS.length; i += 2) LOOKALIKE[LOOKALIKE_PAIRS.charCodeAt(i) - 0x370] = LOOKALIKE_PAIRS.charCodeAt(i + 1);
const lookalike = (u: number) => (u >= 0x370 && u < 0x530 ? LOOKALIKE[u - 0x370] : 0);

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
const RISK_WORDS = new Set(WORDS.risk_words);
/** a word read with digits as letters keeps its length: other lengths need no reading */
const RISK_LENGTHS = new Set(WORDS.risk_words.map((w) => w.length));

/** pinyin vowels with tone marks → the letter without (ü → v, as pinyin input methods type it) */
const TONELESS = new Map<number, string>();
for (const [plain, marked] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['v', 'üǖǘǚǜÜǕǗǙǛ']] as const) {
  for (const c of marked) TONELESS.set(c.charCodeAt(0), plain);
}

interface PinyinWord { syllables: string[]; hanzi: string; /** the letters, for a quick first test */ letters: string }
/** by the code of the first letter, longest first: an array, because a string-keyed Map lookup at
 *  every word start showed in profiles */
const PINYIN: (PinyinWord[] | undefined)[] = [];
for (const [spelling, hanzi] of Object.entries(WORDS.pinyin)) {
  const syllables = spelling.replace(/ü/g, 'v').split(' ');
  if (syllables.length !== hanzi.length) throw new Error(`evasion-words.json: ${spelling} has not one syllable per character`);
  const list = PINYIN[syllables[0].charCodeAt(0)] ?? [];
  if (!list.some((w) => w.syllables.join() === syllables.join())) list.push({ syllables, hanzi, letters: syllables.join('') });
  PINYIN[syllables[0].charCodeAt(0)] = list.sort((a, b) => b.letters.length - a.letters.length);
}

const isCjk = (u: number) => (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
const isAsciiLetter = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;
/** a letter of a word: Latin (with accents and tone marks), Cyrillic, Greek */
const isLetter = (u: number) => isAsciiLetter(u) || (u >= 0xc0 && u <= 0x24f && u !== 0xd7 && u !== 0xf7) || (u >= 0x370 && u <= 0x3ff) || (u >= 0x400 && u <= 0x52f);
/** 1 for the units of a word (letters, digits), all below U+0530: a table, as it is asked of every unit */
const WORD_CHAR = Uint8Array.from({ length: 0x530 }, (_, u) => (isLetter(u) || isDigit(u) ? 1 : 0));
const isWordChar = (u: number) => u < 0x530 && WORD_CHAR[u] === 1;
const LOWER = Array.from({ length: 128 }, (_, c) => (isAsciiLetter(c) ? String.fromCharCode(c | 0x20) : ''));
/** lower-case ASCII of a unit for comparisons, tone marks dropped; '' when none */
function plain(u: number): string {
  return u < 128 ? LOWER[u] : TONELESS.get(u) ?? '';
}

/** 1 for the units below U+0250 that may start a pinyin word of the list */
const PINYIN_HEAD = Uint8Array.from({ length: 0x250 }, (_, u) => (plain(u) && PINYIN[plain(u).charCodeAt(0)] ? 1 : 0));

/** digits that stay digits in every reading (2, 6, 9): a word with one reads as no risk word, unless a risk word has it */
const RISK_DIGITS = new Set(WORDS.risk_words.join('').replace(/\D/g, ''));
const mayReadAsRisk = (u: number) => !isDigit(u) || u === 0x31 || String.fromCharCode(u) in LEET || RISK_DIGITS.has(String.fromCharCode(u));

/** 1 can be i or l: every reading of the word, digits read as letters (at most 16) */
function leetReadings(word: string): string[] {
  let readings = [''];
  for (const c of word) {
    const options = c === '1' ? ONE : [LEET[c] ?? c];
    const next: string[] = [];
    for (const r of readings) for (const o of options) if (next.length < 16) next.push(r + o);
    readings = next;
  }
  return readings;
}
const ONE = ['i', 'l'];

/** Copies the word [i, end) as it is when nothing in it can be folded (most words): no arrays made. */
function copyPlainWord(src: Units, i: number, end: number, w: Writer): boolean {
  let digits = 0;
  for (let k = i; k < end; k++) {
    const u = src.units[k];
    if (lookalike(u)) return false;
    if (isDigit(u)) digits++;
  }
  if (digits && digits < end - i) return false;
  w.copyRun(i, end);
  return true;
}

/** Writes one word (units at `at`), folding look-alike letters and digits written for letters. */
function writeWord(src: Units, at: number[], w: Writer) {
  let codes = at.map((k) => src.units[k]);
  const latin = codes.some(isAsciiLetter);
  const lookalikes = codes.filter(lookalike).length;
  const letters = codes.filter(isLetter).length;
  // a mixed word (сhild), or one made only of look-alikes that spells a risk word (сһіӏԁ); a real
  // Russian or Greek word (как) stays
  if (lookalikes && (latin || lookalikes === letters)) {
    const folded = codes.map((u) => lookalike(u) || u);
    if (latin || RISK_WORDS.has(String.fromCharCode(...folded).toLowerCase())) codes = folded;
  }
  const digits = codes.filter(isDigit).length;
  if (digits && digits < codes.length && RISK_LENGTHS.has(codes.length) && codes.filter(isAsciiLetter).length >= 2 && codes.every(mayReadAsRisk)) {
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
  /** the separator units between two characters, as one number (each unit below 0x100, none 0) */
  let separator = -1;
  let k = i;
  for (;;) {
    if (k >= src.length || !isWordChar(u[k]) || (k + 1 < src.length && isWordChar(u[k + 1]))) break;
    at.push(k);
    let j = k + 1;
    while (j < src.length && j - k - 1 < MAX_SEP && isSeparator(u[j])) j++;
    if (j === k + 1 || j >= src.length || !isWordChar(u[j])) break;
    let sep = 0;
    for (let p = k + 1; p < j; p++) sep = sep * 0x100 + u[p];
    if (separator !== -1 && sep !== separator) break;
    separator = sep;
    k = j;
  }
  if (at.length < 3 || at.filter((x) => isLetter(u[x])).length < 2) return null;
  return { at, end: at[at.length - 1] + 1 };
}

/** Pass 1: separators between CJK characters and between single letters, look-alikes, leet. */
function joinAndFold(src: Units): Units {
  const w = new Writer(src);
  const u = src.units;
  for (let i = 0; i < src.length; ) {
    if (isCjk(u[i])) {
      // a run of CJK characters, then the separators after its last one, if another follows them
      let last = i + 1;
      while (last < src.length && isCjk(u[last])) last++;
      w.copyRun(i, last);
      let j = last;
      while (j < src.length && j - last < MAX_SEP && isSeparator(u[j])) j++;
      i = j > last && j < src.length && isCjk(u[j]) ? j : last;
    } else if (isWordChar(u[i]) && (i === 0 || !isWordChar(u[i - 1]))) {
      let end = i + 1;
      while (end < src.length && isWordChar(u[end])) end++;
      // only a single character can start c-h-i-l-d
      const run = end === i + 1 ? spacedRun(src, i) : null;
      if (run) writeWord(src, run.at, w);
      else if (!copyPlainWord(src, i, end, w)) writeWord(src, Array.from({ length: end - i }, (_, k) => i + k), w);
      i = run ? run.end : end;
    } else {
      w.copy(i);
      i++;
    }
  }
  return w.out;
}

/** The pinyin word spelled at `i` (a word start): where each syllable ends, or null. */
function matchPinyin(src: Units, i: number, word: PinyinWord): number[] | null {
  const u = src.units;
  // most words are not pinyin: their second letter already tells (tone marks aside)
  const second = u[i + 1];
  if (second < 0x80 && (second | 0x20) !== word.letters.charCodeAt(1) && second !== 0x20 && second !== 0x2d && second !== 0x27) return null;
  const ends: number[] = [];
  let k = i;
  for (let n = 0; n < word.syllables.length; n++) {
    const syllable = word.syllables[n];
    if (n > 0 && k < src.length && (u[k] === 0x20 || u[k] === 0x2d || u[k] === 0x27 || u[k] === 0xb7)) k++;
    for (let c = 0; c < syllable.length; c++) {
      if (k >= src.length || plain(u[k]) !== syllable[c]) return null;
      k++;
    }
    if (k < src.length && u[k] >= 0x31 && u[k] <= 0x35) k++; // tone number: qi3tao3
    ends.push(k);
  }
  return k < src.length && isWordChar(u[k]) ? null : ends;
}

/** Pass 2: pinyin for the core risk words, written as the characters it spells. */
function pinyinToHanzi(src: Units): Units {
  const w = new Writer(src);
  const u = src.units;
  for (let i = 0; i < src.length; ) {
    // pinyin starts with a letter (a tone-marked vowel at most) at a word start: CJK and the rest
    // go straight through, as a run
    let j = i;
    while (j < src.length && !(u[j] < 0x250 && PINYIN_HEAD[u[j]] && (j === 0 || !isWordChar(u[j - 1])))) j++;
    w.copyRun(i, j);
    if ((i = j) >= src.length) break;
    const words = PINYIN[plain(u[i]).charCodeAt(0)];
    let done = false;
    if (words) for (const word of words) {
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
      w.copy(i);
      i++;
    } while (i < src.length && isWordChar(u[i]) && isWordChar(u[i - 1]));
  }
  return w.out;
}

export function undoEvasions(src: Units): Units {
  return pinyinToHanzi(joinAndFold(src));
}
