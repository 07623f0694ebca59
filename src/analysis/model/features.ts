// Hashed n-gram features of a normalised text (fastText-style): Chinese character 1–3-grams,
// English words, word pairs and the character 3–5-grams of each word (so "abducted" and
// "abduction" share evidence). Each feature keeps where it was first seen in the normalised text,
// so an explanation can quote it. Training and inference use this one function.

/** log2 of the hashed table's size */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

const KIND_CJK = 0x811c9dc5;
const KIND_WORD = 0x9e3779b1;
const KIND_PAIR = 0x85ebca6b;
const KIND_SUB = 0xc2b2ae35;
const KIND_LANG = 0x27d4eb2f;
/** longest Chinese character n-gram: 4-grams measured worse than 3 in the nested CV (fewer
 *  features that each recur; real posts rarely repeat a 4-character phrase) */
const CJK_MAX_N = 3;

export interface Features {
  /** distinct hashed buckets, in first-seen order (views into buffers the next call reuses: copy to keep) */
  buckets: Int32Array;
  /** [start, end) of each bucket's first occurrence in the normalised text */
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  lang: 'zh' | 'en';
}

const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);

/** final mix so nearby hashes spread over the table */
function bucketOf(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** ASCII letters, digits and the Latin-1/Latin Extended letters; the rest separates words */
const isWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
/** lower case, every digit the same (ages and phone numbers generalise), typographic apostrophe kept */
function foldUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  return c;
}

/** Reused between calls: one bit a bucket says whether this text has seen it already. 32 KB
 *  stays in the first-level cache (a byte a bucket, 256 KB, did not); the bits a text set are
 *  cleared again from its bucket list, so no call clears the whole table. */
const seen = new Uint32Array((1 << HASH_BITS) >>> 5);
/**
 * The features found so far, each bucket once, in first-seen order. One list is reused between
 * calls: a 2,000-character draft has ~4,000 features, and allocating the arrays anew each time
 * showed in the engine's time. A class rather than a closure that updates a captured count: 8 %
 * faster on a 2,000-character draft.
 */
class FeatureList {
  buckets = new Int32Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  count = 0;

  add(h: number, start: number, end: number) {
    const b = bucketOf(h);
    const bit = 1 << (b & 31);
    if (seen[b >>> 5] & bit) return;
    seen[b >>> 5] |= bit;
    if (this.count === this.buckets.length) this.grow();
    this.buckets[this.count] = b;
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }

  private grow() {
    const twice = (a: Int32Array) => {
      const n = new Int32Array(a.length * 2);
      n.set(a);
      return n;
    };
    this.buckets = twice(this.buckets);
    this.starts = twice(this.starts);
    this.ends = twice(this.ends);
  }
}
const list = new FeatureList();

/** Language of a text for thresholds: Chinese when a tenth of its letters are CJK characters. */
export function languageOf(text: string): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (isWordUnit(c)) latin++;
  }
  return cjk * 10 >= latin && cjk > 0 ? 'zh' : 'en';
}

/** Features of `text` (already normalised). Never throws; linear in the text's length. */
export function extractFeatures(text: string): Features {
  list.count = 0;
  const lang = languageOf(text);
  list.add(step(KIND_LANG, lang === 'zh' ? 1 : 2), 0, 0);
  const n = text.length;
  let prevWord = 0; // hash of the previous word, 0 when none (a CJK run or a clause mark breaks pairs)
  let prevStart = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      prevWord = 0;
      let h = KIND_CJK;
      for (let k = 0; k < CJK_MAX_N && i + k < n; k++) {
        const u = text.charCodeAt(i + k);
        if (!isCjk(u)) break;
        h = step(h, u);
        list.add(h, i, i + k + 1);
      }
      i++;
      continue;
    }
    if (!isWordUnit(c)) {
      // sentence marks end a word pair; spaces and the rest do not
      if (c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x0a) prevWord = 0;
      i++;
      continue;
    }
    let j = i;
    let h = KIND_WORD;
    while (j < n && isWordUnit(text.charCodeAt(j))) h = step(h, foldUnit(text.charCodeAt(j++)));
    list.add(h, i, j);
    if (prevWord) list.add(step(step(KIND_PAIR, prevWord), h), prevStart, j);
    prevWord = h;
    prevStart = i;
    // character 3–5-grams of "<word>", for words of 3 letters or more
    const len = j - i;
    if (len >= 3) {
      for (let a = -1; a < len; a++) {
        let g = KIND_SUB;
        for (let k = 0; k < 5 && a + k <= len; k++) {
          const p = a + k;
          g = step(g, p < 0 ? 0x3c : p === len ? 0x3e : foldUnit(text.charCodeAt(i + p)));
          if (k >= 2 && k + 1 < len + 2) list.add(g, i + Math.max(0, a), i + Math.min(len, a + k + 1));
        }
      }
    }
    i = j;
  }
  const { buckets, starts, ends, count } = list;
  for (let k = 0; k < count; k++) seen[buckets[k] >>> 5] = 0;
  return { buckets: buckets.subarray(0, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count), count, lang };
}
