// Turns the lexicon data files into regular expressions, once, at first use.
import { firstCharGate, literalHead } from './firstChars.ts';
import { everyMatch, pattern, ScannedText, type Pattern } from './patterns.ts';

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

/** regex → whether its source has a digit */
const digits = new WeakMap<RegExp, boolean>();

/** Whether a regex from termRegex can match this text at all (a scanned text tells which scripts
 *  it holds once, not for each regex). */
export function worthScanning(re: RegExp, text: string | ScannedText): boolean {
  const { latin, cjk } = typeof text === 'string' ? { latin: LATIN.test(text), cjk: CJK.test(text) } : text.scripts();
  if (re.ignoreCase) return latin;
  if (cjk) return true;
  let d = digits.get(re);
  if (d === undefined) digits.set(re, (d = /\d/.test(re.source)));
  return d;
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

/**
 * Scans a text for many term sets, reporting every position where a set matches (overlapping
 * matches of different sets included), ordered by position, then by set, Chinese sets first.
 * Each set is a registered pattern, so the one pass of patterns.ts finds where its terms may
 * start. Build it when the module loads, so its patterns join that pass from the start.
 */
export class LexiconScanner {
  private readonly parts: { sets: { code: string; weight: number; pattern: Pattern }[]; gate: () => RegExp }[] = [];

  constructor(sets: { code: string; weight: number; set: TermSet }[]) {
    for (const lang of ['zh', 'en'] as const) {
      const body = (s: TermSet) => `(?:${groupByHead(s[lang]!, lang === 'en')})`;
      const regex = (s: TermSet) => (lang === 'en' ? new RegExp(`(?<![A-Za-z])${body(s)}(?![A-Za-z])`, 'gi') : new RegExp(body(s), 'g'));
      const withTerms = sets.filter((s) => s.set[lang]?.length);
      if (!withTerms.length) continue;
      // a part is skipped on a text without its script, as the scan of all its terms would be
      const gate = lazy(() => new RegExp(withTerms.flatMap((s) => s.set[lang]!).join('|'), lang === 'en' ? 'i' : ''));
      this.parts.push({ sets: withTerms.map((s) => ({ code: s.code, weight: s.weight, pattern: pattern(() => regex(s.set)) })), gate });
    }
  }

  scan(text: string | ScannedText): ScanHit[] {
    const scan = typeof text === 'string' ? new ScannedText(text) : text;
    const hits: ScanHit[] = [];
    for (const { sets, gate } of this.parts) {
      if (!worthScanning(gate(), scan)) continue;
      const found: (ScanHit & { set: number })[] = [];
      sets.forEach(({ code, weight, pattern }, set) => {
        const m = everyMatch(pattern, scan);
        for (let i = 0; i < m.length; i += 2) found.push({ code, start: m[i], end: m[i + 1], weight, set });
      });
      found.sort((a, b) => a.start - b.start || a.set - b.set);
      for (const { code, start, end, weight } of found) hits.push({ code, start, end, weight });
    }
    return hits;
  }
}
