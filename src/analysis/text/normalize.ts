// Text normalisation for matching, with a map back to the original text so evidence can quote it.
// traditional → simplified, full-width → half-width, curly quotes and dashes folded, emoji,
// URLs, @mentions and repost markers blanked, hashtag marks dropped and CamelCase hashtags split, spaces between CJK characters
// (OCR output) removed, lone surrogates replaced, invisible characters (zero-width, soft hyphen,
// word joiner, variation selectors, bidi controls) dropped; then the spellings that hide a word
// (乞·讨, c-h-i-l-d, сhild, m1ss1ng, qitao) undone (evasions.ts). Case is kept: matchers use /i
// where they want it.
import { undoEvasions } from './evasions.ts';
import { toSimplified } from './t2s.ts';

export interface Span { start: number; end: number }

export interface NormalizedText {
  /** the original text */
  source: string;
  /** the normalised text the detectors read */
  text: string;
  /** start[i] = index in `source` where normalised unit i begins */
  start: Int32Array;
  /** end[i] = index in `source` just after normalised unit i */
  end: Int32Array;
  /** hashtag bodies (#…#, #word), in source offsets */
  hashtags: Span[];
  /** @mentions, in source offsets */
  mentions: Span[];
  /** URLs, in source offsets */
  urls: Span[];
}

/** cheap test first: the full URL pattern is slow to scan */
const MAY_HAVE_URL = /:\/\/|www\.|\.(?:cn|com|net|org|ly|me|io)\//i;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff]+|\b[a-z0-9-]+\.(?:cn|com|net|org|ly|me|io)\/[^\s\u4e00-\u9fff]*/giu;
// Weibo nicknames: CJK, letters, digits, _ and -; a repost chain writes "//@name:"
const MENTION_RE = /(?:\/\/)?@[\p{L}\p{N}_-]{1,30}[:：]?/gu;
const HASHTAG_RE = /#([^#\n]{1,40})#|#([\p{L}\p{N}_]+)/gu;
/** a Latin hashtag, and in it a capital right after a small letter: where its words meet */
const LATIN_TAG = /#[A-Za-z0-9_]{3,}/g;
const CAMEL_HUMP = /(?<=[a-z])[A-Z]/g;
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\u200d\ufe00-\ufe0f\u20e3]/u;

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2010': '-', '\u2011': '-',
  '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u00b7': '·',
  '\u30fb': '·', '\u3000': ' ', '\u00a0': ' ', '\u2027': '·', '\u2022': '·', '\u2219': '·', '\u22c5': '·',
  '\uff65': '·', '\u0387': '·', '\u2e31': '·', '\u2024': '.',
};
/** folded unit by unit, 0 when none: a table, as it is asked of every punctuation mark */
const FOLD_CODES = new Uint16Array(0x10000);
for (const [k, v] of Object.entries(FOLD)) FOLD_CODES[k.charCodeAt(0)] = v.charCodeAt(0);
const SPACE = 0x20;
const HASH = 0x23;

function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** characters that take no room on screen: written inside a word, they hide it from matching */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x34f || code === 0x61c || code === 0x115f || code === 0x1160 || code === 0x17b4 || code === 0x17b5 || (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || code === 0x3164 ||
    (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || code === 0xffa0 || (code >= 0xfff9 && code <= 0xfffb);
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** BMP ranges that hold emoji and their joiners; only these need the (slow) Unicode property test. */
function mayBeEmoji(code: number): boolean {
  return code === 0xa9 || code === 0xae || (code >= 0x2000 && code <= 0x2bff) || code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299 || (code >= 0xfe00 && code <= 0xfe0f);
}

function fromCodes(codes: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return s;
}

function collect(re: RegExp, s: string, group = 0): Span[] {
  const spans: Span[] = [];
  for (const m of s.matchAll(re)) {
    const g = group && m[group] === undefined ? 0 : group;
    const inner = m[g] ?? m[0];
    const at = m.index + (g ? m[0].indexOf(inner) : 0);
    spans.push({ start: at, end: at + inner.length });
  }
  return spans;
}

/** The units of the first pass, each with the source range it stands for. A class rather than a
 *  closure over the arrays: one less function made per call. */
class Folded {
  readonly units: Uint16Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  length = 0;

  constructor(size: number) {
    this.units = new Uint16Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
  }

  put(u: number, at: number) {
    const { units, from, to } = this;
    const n = this.length;
    if (u === SPACE) {
      if (n && units[n - 1] === SPACE) return; // collapse runs of blanks
    } else if (n >= 2 && units[n - 1] === SPACE && isCjkCode(u) && isCjkCode(units[n - 2])) {
      units[n - 1] = u; // replace the blank between two CJK characters
      from[n - 1] = at;
      to[n - 1] = at + 1;
      return;
    }
    units[n] = u;
    from[n] = at;
    to[n] = at + 1;
    this.length = n + 1;
  }
}

/** Normalises `source`; never throws (non-strings become ''). */
export function normalizeText(source: unknown): NormalizedText {
  const src = typeof source === 'string' ? source : '';
  const urls = MAY_HAVE_URL.test(src) ? collect(URL_RE, src) : [];
  const mentions = collect(MENTION_RE, src);
  const hashtags: Span[] = [];
  for (const m of src.matchAll(HASHTAG_RE)) {
    const body = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(body);
    hashtags.push({ start: at, end: at + body.length });
  }
  // #MigrantKidsInCrisis is read as "Migrant Kids In Crisis": a blank before each capital that
  // follows a small letter inside a hashtag
  const splits: number[] = [];
  if (src.includes('#')) {
    for (const tag of src.matchAll(LATIN_TAG)) for (const c of tag[0].matchAll(CAMEL_HUMP)) splits.push(tag.index + c.index);
  }
  const splitAt = splits.length ? new Uint8Array(src.length) : null;
  for (const i of splits) splitAt![i] = 1;

  // 1. blank URLs and mentions, fold characters, drop blanks between CJK characters (OCR writes
  //    "寻 人 启 事"); one pass over UTF-16 units into typed arrays (never more units than `src`
  //    and the blanks that split CamelCase hashtags)
  const blank = new Uint8Array(src.length + 1);
  for (const s of urls) blank.fill(1, s.start, s.end);
  for (const s of mentions) blank.fill(1, s.start, s.end);
  const out = new Folded(src.length + splits.length);
  for (let i = 0; i < src.length; i++) {
    if (blank[i]) {
      out.put(SPACE, i);
      continue;
    }
    const code = src.charCodeAt(i);
    if (splitAt?.[i]) out.put(SPACE, i);
    // fast path for the common case (CJK ideographs, printable ASCII but '#'): kept as they are
    if ((code >= 0x3400 && code <= 0x9fff) || (code > 0x20 && code < 0x7f && code !== HASH)) out.put(code, i);
    // surrogate pairs: keep real characters (CJK extension B…), drop emoji; lone halves → blank
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = src.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (code === 0xdb40) {
          // U+E0000–E03FF: tag characters and variation selectors, invisible: dropped
        } else if (EMOJI_RE.test(src.slice(i, i + 2))) out.put(SPACE, i);
        else {
          out.put(code, i);
          out.put(next, i + 1);
        }
        i++;
        continue;
      }
      out.put(SPACE, i);
    } else if (code >= 0xdc00 && code <= 0xdfff) out.put(SPACE, i);
    else if (code === HASH) out.put(SPACE, i);
    else if (code >= 0xff01 && code <= 0xff5e) out.put(code - 0xfee0, i);
    else if (FOLD_CODES[code]) out.put(FOLD_CODES[code], i);
    else if (isInvisible(code)) continue;
    else if (isSpace(code) || (mayBeEmoji(code) && EMOJI_RE.test(src[i]))) out.put(SPACE, i);
    else out.put(code, i);
  }
  // 2. spellings that hide a word; 3. traditional → simplified; `from`/`to` map back to `src`
  const sim = toSimplified(undoEvasions({ units: out.units, from: out.from, to: out.to, length: out.length }));
  const text = fromCodes(sim.units, sim.length);
  return { source: src, text, start: sim.from.subarray(0, sim.length), end: sim.to.subarray(0, sim.length), hashtags, mentions, urls };
}

/** Maps a span of the normalised text back to the source: [start, end) in source offsets. */
export function toSource(nt: NormalizedText, start: number, end: number): Span {
  if (nt.start.length === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(start, nt.start.length - 1));
  const b = Math.max(a, Math.min(end, nt.start.length) - 1);
  return { start: nt.start[a], end: Math.max(nt.end[b], nt.start[a]) };
}
