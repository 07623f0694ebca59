// Turns the lexicon data files into regular expressions, once, at first use.
import { firstCharGate, firstChars, literalHead } from './firstChars.ts';
import { firstPairs, mayStartAt, type FirstPairs } from './firstPairs.ts';

export interface TermSet {
  zh?: string[];
  en?: string[];
  weight?: number;
}

/**
 * Chinese terms match anywhere (no flags needed); English terms as whole words, case-insensitive.
 * Two regexes rather than one alternation: each scans faster, and a text without Latin letters or
 * without CJK skips one of them. `gate` puts a lookahead on the possible first characters in
 * front: it pays where the terms give the regex engine nothing to skip ahead by (one-character
 * words, ages led by digits); elsewhere the engine's own look at the first characters of the
 * grouped terms is faster, and the lookahead hides them from it (2–6× slower on a 2,000-character
 * draft for the stranger, alert and everyday sets).
 */
export function termRegex(set: TermSet, { gate = false } = {}): RegExp[] {
  const out: RegExp[] = [];
  if (set.zh?.length) out.push(new RegExp(`${gate ? firstCharGate(set.zh) : ''}(?:${groupByHead(set.zh, false)})`, 'g'));
  if (set.en?.length) out.push(new RegExp(`(?<![A-Za-z])${gate ? firstCharGate(set.en, true) : ''}(?:${groupByHead(set.en, true)})(?![A-Za-z])`, 'gi'));
  return out;
}

const LATIN = /[A-Za-z]/;
const CJK = /[\u3400-\u9fff]/;

/** Whether a regex from termRegex can match this text at all. */
export function worthScanning(re: RegExp, text: string): boolean {
  return re.flags.includes('i') ? LATIN.test(text) : CJK.test(text) || /\d/.test(re.source);
}

/** Lazily builds a value the first time it is asked for. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export interface ScanHit {
  code: string;
  start: number;
  end: number;
  weight: number;
}

/**
 * `terms` as one alternation that matches exactly like `terms.join('|')` but is faster to try:
 * within each run of terms that start with a plain character, the terms are grouped by that
 * character (孩(?:子|童)|…), so the engine rejects a position after one check per group rather
 * than one per term (2× faster on English text). Only terms that cannot match at the same
 * position trade places, so the same alternative wins. Terms with a capture group stay in place
 * (group numbers), and so do non-ASCII first letters under /i (they may fold into each other).
 */
export function groupByHead(terms: string[], caseInsensitive: boolean): string {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [head, ts] of run) out.push(ts.length === 1 ? ts[0] : `${head}(?:${ts.map((t) => t.slice(1)).join('|')})`);
    run = new Map();
  };
  for (const t of terms) {
    const head = literalHead(t);
    if (head === null || /\((?!\?)/.test(t) || (caseInsensitive && head > '\x7f')) {
      flush();
      out.push(t);
      continue;
    }
    const key = caseInsensitive ? head.toLowerCase() : head;
    const same = run.get(key);
    if (same) same.push(t);
    else run.set(key, [t]);
  }
  flush();
  return out.join('|');
}

/** Whether any of `terms` matches, in any order: terms without a plain first character go last. */
function anyTerm(terms: string[], caseInsensitive: boolean): string {
  const head = (t: string) => literalHead(t) !== null;
  return `(?:${groupByHead([...terms.filter(head), ...terms.filter((t) => !head(t))], caseInsensitive)})`;
}

interface SetMatcher {
  code: string;
  weight: number;
  /** sticky: `test` at a position leaves `lastIndex` at the match's end */
  re: RegExp;
  /** Chinese: the first two units its matches can start with (null: not known) */
  pairs: FirstPairs | null;
}

/**
 * Scans a text for many term sets at once: one pass of a combined regex finds where any term
 * starts, then each set's sticky regex says which sets match there. Same results as one scan per
 * set (overlapping matches included), a fraction of the passes. The sets worth trying are looked
 * up by the first character's code, and `test` (no match array) reads each set's match end.
 */
export class LexiconScanner {
  private readonly parts: { any: RegExp; byChar: Map<number, SetMatcher[]>; anyChar: SetMatcher[]; heads: Uint32Array | null; pairs: FirstPairs | null; anyAt: RegExp }[] = [];

  constructor(sets: { code: string; weight: number; set: TermSet }[]) {
    for (const lang of ['zh', 'en'] as const) {
      const withTerms = sets.filter((s) => s.set[lang]?.length);
      if (!withTerms.length) continue;
      const body = (s: TermSet) => `(?:${groupByHead(s[lang]!, lang === 'en')})`;
      const wrap = (src: string) => (lang === 'en' ? `(?<![A-Za-z])${src}(?![A-Za-z])` : src);
      const flags = lang === 'en' ? 'i' : '';
      // English: no lookahead gate (see termRegex); Chinese: the gate serves only sets that may
      // start anywhere, the others are found through the bit tables below
      const gate = lang === 'zh' ? firstCharGate(withTerms.flatMap((s) => s.set[lang]!)) : '';
      const each = withTerms.map((s) => ({
        code: s.code,
        weight: s.weight,
        re: new RegExp(wrap(body(s.set)), `y${flags}`),
        starts: firstChars(s.set[lang]!, lang === 'en'),
        pairs: lang === 'zh' ? firstPairs(s.set[lang]!) : null,
      }));
      // per first character, the sets (in their order) that can start with it; sets that could
      // start with anything are tried everywhere
      const anyChar = each.filter((e) => !e.starts);
      const byChar = new Map<number, SetMatcher[]>();
      for (const e of each) for (const c of e.starts ?? []) byChar.set(c.charCodeAt(0), []);
      for (const [code, list] of byChar) for (const e of each) if (!e.starts || e.starts.has(String.fromCharCode(code))) list.push(e);
      const any = new RegExp(wrap(`${gate}${anyTerm(withTerms.flatMap((s) => s.set[lang]!), lang === 'en')}`), `g${flags}`);
      // Chinese: the gate is a class of hundreds of scattered characters, slow for the regex
      // engine to test at every position; a bit table of the first characters tried in a loop
      // finds the same positions (a set hits only where its first character is one of byChar's)
      const heads = lang === 'zh' && !anyChar.length ? new Uint32Array(0x800) : null;
      if (heads) for (const c of byChar.keys()) heads[c >>> 5] |= 1 << (c & 31);
      // and the first two units: common first characters (不, 在, 一…) start few of the phrases
      const pairs = heads && each.every((e) => e.pairs) ? firstPairs(withTerms.flatMap((s) => s.set[lang]!)) : null;
      this.parts.push({ any, byChar, anyChar, heads, pairs, anyAt: new RegExp(any.source, `y${flags}`) });
    }
  }

  scan(text: string): ScanHit[] {
    const hits: ScanHit[] = [];
    for (const { any, byChar, anyChar, heads, pairs, anyAt } of this.parts) {
      if (!worthScanning(any, text)) continue;
      if (heads) {
        for (let at = 0; at < text.length; at++) {
          const c = text.charCodeAt(at);
          if (!((heads[c >>> 5] >>> (c & 31)) & 1) || !mayStartAt(pairs, text, at, c)) continue;
          anyAt.lastIndex = at;
          if (!anyAt.test(text)) continue;
          for (const e of byChar.get(c)!) {
            if (!mayStartAt(e.pairs, text, at, c)) continue;
            e.re.lastIndex = at;
            if (e.re.test(text) && e.re.lastIndex > at) hits.push({ code: e.code, start: at, end: e.re.lastIndex, weight: e.weight });
          }
        }
        continue;
      }
      any.lastIndex = 0;
      for (let m = any.exec(text); m; m = any.exec(text)) {
        const at = m.index;
        const candidates = byChar.get(text.charCodeAt(at)) ?? anyChar;
        for (const e of candidates) {
          e.re.lastIndex = at;
          if (e.re.test(text) && e.re.lastIndex > at) hits.push({ code: e.code, start: at, end: e.re.lastIndex, weight: e.weight });
        }
        any.lastIndex = at + 1; // later matches may start inside this one
      }
    }
    return hits;
  }
}
