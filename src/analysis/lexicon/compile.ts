// Turns the lexicon data files into regular expressions, once, at first use.
import { firstCharGate, firstChars } from './firstChars.ts';

export interface TermSet {
  zh?: string[];
  en?: string[];
  weight?: number;
}

/**
 * Chinese terms match anywhere (no flags needed); English terms as whole words, case-insensitive.
 * Two regexes rather than one alternation: each scans faster, and a text without Latin letters or
 * without CJK skips one of them.
 */
export function termRegex(set: TermSet): RegExp[] {
  const out: RegExp[] = [];
  if (set.zh?.length) out.push(new RegExp(`${firstCharGate(set.zh)}(?:${set.zh.join('|')})`, 'g'));
  if (set.en?.length) out.push(new RegExp(`(?<![A-Za-z])${firstCharGate(set.en, true)}(?:${set.en.join('|')})(?![A-Za-z])`, 'gi'));
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
 * Scans a text for many term sets at once: one pass of a combined regex finds where any term
 * starts, then each set's sticky regex says which sets match there. Same results as one scan per
 * set (overlapping matches included), a fraction of the passes.
 */
export class LexiconScanner {
  private readonly parts: { any: RegExp; each: { code: string; weight: number; re: RegExp; starts: Set<string> | null }[] }[] = [];

  constructor(sets: { code: string; weight: number; set: TermSet }[]) {
    for (const lang of ['zh', 'en'] as const) {
      const withTerms = sets.filter((s) => s.set[lang]?.length);
      if (!withTerms.length) continue;
      const body = (s: TermSet) => `(?:${s[lang]!.join('|')})`;
      const wrap = (src: string) => (lang === 'en' ? `(?<![A-Za-z])${src}(?![A-Za-z])` : src);
      const flags = lang === 'en' ? 'i' : '';
      const gate = firstCharGate(withTerms.flatMap((s) => s.set[lang]!), lang === 'en');
      this.parts.push({
        any: new RegExp(wrap(`${gate}(?:${withTerms.map((s) => body(s.set)).join('|')})`), `g${flags}`),
        each: withTerms.map((s) => ({ code: s.code, weight: s.weight, re: new RegExp(wrap(body(s.set)), `y${flags}`), starts: firstChars(s.set[lang]!, lang === 'en') })),
      });
    }
  }

  scan(text: string): ScanHit[] {
    const hits: ScanHit[] = [];
    for (const { any, each } of this.parts) {
      if (!worthScanning(any, text)) continue;
      any.lastIndex = 0;
      for (let m = any.exec(text); m; m = any.exec(text)) {
        const at = m.index;
        const c = text[at];
        for (const e of each) {
          if (e.starts && !e.starts.has(c)) continue; // this set cannot start here
          e.re.lastIndex = at;
          const hit = e.re.exec(text);
          if (hit && hit[0].length) hits.push({ code: e.code, start: at, end: at + hit[0].length, weight: e.weight });
        }
        any.lastIndex = at + 1; // later matches may start inside this one
      }
    }
    return hits;
  }
}
