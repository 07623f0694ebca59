// Where each of many regexes may start a match, found for all of them in one pass over a text.
// The detectors run some 110 regexes over every text; a regex engine scanning 2,000 characters
// for one of them costs about as much as this whole pass, and most of them match at a handful of
// places. The pass walks a trie of the first units every regex's matches can start with (read
// from its source), once from each position, and leaves each regex only the positions where the
// walk reached one of its starts, to be tried there (sticky). The tables err the safe way: a
// candidate where nothing matches costs one failed try, a missed start would change a verdict, so
// a regex whose starts cannot be read (it may start anywhere) gets no table at all.

import { ANY, matchStarts } from './matchStarts.ts';

/**
 * One unit as every regex compares it, whatever its flags: ASCII letters in lower case, and the
 * two non-ASCII letters that match an ASCII letter under /iu (ſ, the Kelvin sign). Under /i
 * without /u no other unit folds into an ASCII one; a case-sensitive regex is only given more
 * candidates by it.
 */
export function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c === 0x17f) return 0x73;
  if (c === 0x212a) return 0x6b;
  return c;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** English terms are whole words: such a regex never matches right after a letter */
const WORD_START = '(?<![A-Za-z])';
/** units read from each start: four tell English words apart ("the ", "them", "ther") */
const DEPTH = 4;
/** a regex's starts are read one unit deeper while they stay under this many, or grow at most
 *  GROWTH times: digits multiply them (\d{4} has 10,000), words of a long list hardly (the first
 *  words of a thousand illness names: 172 starts of two letters, 581 of four; read at two, they
 *  let that regex be tried at most English words) */
const MAX_STARTS = 400;
const GROWTH = 4;
/** a regex that may start at this many units followed by anything (any capitalised word…) gains
 *  nothing from a table: its own scan is faster than trying it at most positions */
const MAX_OPEN_STARTS = 20;

/** The starts of `re`, each cut at its first ANY, read as deep as they stay few and usable; null
 *  when it may start anywhere. */
function startsOf(re: RegExp): string[] | null {
  let starts = matchStarts(re.source, 2);
  let best = starts && cutStarts(re, starts);
  for (let len = 3; len <= DEPTH && starts && best; len++) {
    const deeper = matchStarts(re.source, len, Math.max(MAX_STARTS, GROWTH * starts.size));
    // deeper starts may hold more that are open after one unit (被 + any): then stay shallower
    const cut = deeper && cutStarts(re, deeper);
    if (!cut) break;
    starts = deeper;
    best = cut;
  }
  return best;
}

/** `starts` cut at their first ANY, or null when the regex may start anywhere. */
function cutStarts(re: RegExp, starts: Set<string>): string[] | null {
  const out = new Set<string>();
  let open = 0;
  for (const s of starts) {
    const cut = s.includes(ANY) ? s.slice(0, s.indexOf(ANY)) : s;
    if (!cut) return null;
    // under /i a non-ASCII letter may match units fold() does not join it with (É, é)
    if (re.ignoreCase && [...cut].some((ch) => ch > '\x7f' && ch.toLowerCase() !== ch.toUpperCase())) return null;
    // under /u a match never starts inside a surrogate pair, as the pass may: read no such start
    if (re.unicode && cut.charCodeAt(0) >= 0xdc00 && cut.charCodeAt(0) <= 0xdfff) return null;
    if (cut.length === 1 && cut !== s && ++open >= MAX_OPEN_STARTS) return null;
    out.add(cut);
  }
  return [...out];
}

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

/** the most trie nodes: a node's number fits 16 bits, and no edge's key (node << 16 | unit, a
 *  32-bit integer) is EMPTY */
const MAX_NODES = 0xfffe;
const EMPTY = -1;
const pairBit = (c: number, u: number) => ((c << 5) ^ u) & 0xffff;

/**
 * Starts in a trie of folded units; each node lists the regexes with a start that ends there. The
 * first unit is looked up in a table; the next ones in a hash table of (node, unit) → child, kept
 * small because the pass reads it at random (a larger one made the pass wait for memory), and
 * asked only when a bit table of the first two units lets a start through.
 */
class Trie {
  /** folded unit → its node at depth 1 (0: no start begins with it) */
  readonly first: Uint16Array;
  /** bits of the first two units of the starts longer than one unit */
  readonly pairs = new Int32Array(0x800);
  /** the regexes whose start ends at node n: ids[offsets[n]] … ids[offsets[n + 1] - 1] (most
   *  nodes have none or one: a list, not a bit mask of all the regexes, to read and to hold) */
  readonly offsets: Int32Array;
  readonly ids: Uint16Array;
  /** the edges, a hash table of slot pairs [node << 16 | unit, child]: the key and its child side
   *  by side, so a probe that finds its key reads one cache line, not one in each of two tables */
  readonly edges: Int32Array;

  /** `starts`: [folded start, regex] */
  constructor(starts: [string, number][], units: number) {
    this.first = new Uint16Array(units);
    let nodes = 1;
    // the first units first, so that their nodes' numbers fit first[]
    for (const [x] of starts) this.first[x.charCodeAt(0)] ||= nodes++;
    const edges = new Map<number, number>();
    const ends = new Map<number, Set<number>>();
    for (const [x, k] of starts) {
      const c = x.charCodeAt(0);
      if (x.length > 1) {
        const bit = pairBit(c, x.charCodeAt(1));
        this.pairs[bit >>> 5] |= 1 << (bit & 31);
      }
      let node = this.first[c];
      for (let j = 1; j < x.length; j++) {
        const key = (node << 16) | x.charCodeAt(j);
        node = edges.get(key) ?? edges.set(key, nodes++).get(key)!;
      }
      (ends.get(node) ?? ends.set(node, new Set()).get(node)!).add(k);
    }
    this.offsets = new Int32Array(nodes + 1);
    for (const [node, ks] of ends) this.offsets[node + 1] = ks.size;
    for (let n = 0; n < nodes; n++) this.offsets[n + 1] += this.offsets[n];
    this.ids = new Uint16Array(this.offsets[nodes]);
    for (const [node, ks] of ends) this.ids.set([...ks].sort((x, y) => x - y), this.offsets[node]);
    const slots = 1 << Math.max(4, Math.ceil(Math.log2(2 * edges.size + 1))); // at most half full
    this.edges = new Int32Array(2 * slots).fill(EMPTY);
    for (const [key, node] of edges) {
      let i = slot(key) & (slots - 1);
      while (this.edges[2 * i] !== EMPTY) i = (i + 1) & (slots - 1);
      this.edges[2 * i] = key;
      this.edges[2 * i + 1] = node;
    }
  }

  /** The child of `node` by the folded unit `u`, or 0. */
  child(node: number, u: number): number {
    const { edges } = this;
    const last = (edges.length >>> 1) - 1;
    const key = (node << 16) | u;
    let k = slot(key) & last;
    let held = edges[2 * k];
    while (held !== key && held !== EMPTY) {
      k = (k + 1) & last;
      held = edges[2 * k];
    }
    return held === EMPTY ? 0 : edges[2 * k + 1];
  }
}

const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;

/**
 * The regexes' starts in two tries: all of them, and, for a letter right after a letter (inside
 * an English word), only those of the regexes that may start there; most English terms are whole
 * words, and walking their starts from every letter of every word was most of the pass.
 */
export class StartTable {
  /** per regex: true when its starts could not be read (its caller scans the text itself) */
  readonly anywhere: boolean[];
  private readonly all: Trie;
  private readonly inWord: Trie;
  /** per regex, 1 when its match cannot start right after an ASCII letter */
  private readonly wordStart: Uint8Array;
  /** per regex, 1 when it is case-sensitive and its match cannot start at a lower-case
   *  (upper-case) ASCII letter: the table folds case, a capitalised name must not be tried at
   *  every word */
  private readonly notAtLower: Uint8Array;
  private readonly notAtUpper: Uint8Array;

  constructor(regexes: readonly RegExp[]) {
    if (regexes.length > 0xffff) throw new Error('start table: more regexes than a node can list');
    const starts = regexes.map(startsOf);
    this.wordStart = new Uint8Array(regexes.length);
    this.notAtLower = new Uint8Array(regexes.length);
    this.notAtUpper = new Uint8Array(regexes.length);
    const all: [string, number][] = [];
    const inWord: [string, number][] = [];
    let units = 0;
    starts.forEach((s, k) => {
      if (!s) return;
      const size = s.reduce((sum, x) => sum + x.length, 0);
      if (units + size > MAX_NODES) return void (starts[k] = null); // no room: this one scans itself
      units += size;
      if (!regexes[k].ignoreCase) {
        if (!s.some((x) => isLower(x.charCodeAt(0)))) this.notAtLower[k] = 1;
        if (!s.some((x) => isUpper(x.charCodeAt(0)))) this.notAtUpper[k] = 1;
      }
      const wordOnly = regexes[k].source.startsWith(WORD_START);
      if (wordOnly) this.wordStart[k] = 1;
      for (const x of s) {
        let folded = '';
        for (let j = 0; j < x.length; j++) folded += String.fromCharCode(fold(x.charCodeAt(j)));
        all.push([folded, k]);
        if (!wordOnly && isLower(folded.charCodeAt(0))) inWord.push([folded, k]);
      }
    });
    this.anywhere = starts.map((s) => s === null);
    this.all = new Trie(all, 0x10000);
    this.inWord = new Trie(inWord, 0x80);
  }

  /**
   * For each regex, the positions of `text` (ascending) where a match may start; null for the
   * regexes without a table, and for those with more than 16 candidates and at more than one
   * position in 16 (digits in a list of phone numbers): one try each would cost more than the
   * regex's own scan, which skips ahead faster than a call per position. Every position where a
   * regex matches is among its candidates.
   */
  candidates(text: string): (number[] | null)[] {
    const out = this.anywhere.map((a) => (a ? null : ([] as number[])));
    /** per regex, the last position given to it: a regex may have starts of several lengths there */
    const last = new Int32Array(out.length).fill(-1);
    const most = Math.max(16, text.length >>> 4);
    const n = text.length;
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const raw = text.charCodeAt(i);
      const afterLetter = isAsciiLetter(prev);
      prev = raw;
      const trie = afterLetter && isAsciiLetter(raw) ? this.inWord : this.all;
      const c = fold(raw);
      let node = c < trie.first.length ? trie.first[c] : 0;
      if (node === 0) continue;
      const notAtCase = isLower(raw) ? this.notAtLower : isUpper(raw) ? this.notAtUpper : null;
      const { offsets, ids, pairs } = trie;
      for (let j = i + 1; ; j++) {
        for (let e = offsets[node], end = offsets[node + 1]; e < end; e++) {
          const k = ids[e];
          const list = out[k];
          if (list === null || last[k] === i || (afterLetter && this.wordStart[k]) || (notAtCase !== null && notAtCase[k])) continue;
          last[k] = i;
          if (list.push(i) > most) out[k] = null;
        }
        if (j >= n || j - i >= DEPTH) break;
        const u = fold(text.charCodeAt(j));
        if (j === i + 1 && !((pairs[pairBit(c, u) >>> 5] >>> (pairBit(c, u) & 31)) & 1)) break;
        node = trie.child(node, u);
        if (node === 0) break;
      }
    }
    return out;
  }
}
