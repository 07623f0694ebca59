// The regexes the detectors run over whole texts. Each is registered once (`pattern`), so that one
// pass over a text (startTable.ts) finds where every one of them may match; a detector then tries
// its regex only there. Same matches as a scan of the whole text with each regex.

import { StartTable } from './startTable.ts';

export class Pattern {
  /** the regexes, global, in the order their matches are reported */
  private compiled: RegExp[] | null = null;
  private sticky: RegExp[] = [];
  /** index of the first regex in the joined table */
  first = 0;

  constructor(private readonly make: () => RegExp | RegExp[]) {}

  get regexes(): RegExp[] {
    if (!this.compiled) {
      const made = this.make();
      this.compiled = (Array.isArray(made) ? made : [made]).map((re) => (re.global ? re : new RegExp(re.source, `${re.flags}g`)));
      this.sticky = this.compiled.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}y`));
    }
    return this.compiled;
  }

  /** regex k, sticky: tried at one position, `lastIndex` is then the match's end */
  at(k: number): RegExp {
    return this.sticky[k];
  }
}

const registered: Pattern[] = [];
let table: StartTable | null = null;

/** Every pattern registered so far (for tests that check the table against each regex). */
export function registeredPatterns(): readonly Pattern[] {
  return registered;
}

/** A regex (or several, reported in order) to run over whole texts; compiled at first use. */
export function pattern(make: () => RegExp | RegExp[]): Pattern {
  const p = new Pattern(make);
  registered.push(p);
  table = null;
  return p;
}

function joinedTable(): StartTable {
  if (table) return table;
  const all: RegExp[] = [];
  for (const p of registered) {
    p.first = all.length;
    all.push(...p.regexes);
  }
  return (table = new StartTable(all));
}

/** A text to run the registered patterns over: where each may match is found in one pass over
 *  it, the first time a pattern is run, for all of them. */
export class ScannedText {
  private found: (number[] | null)[] | null = null;
  private of: StartTable | null = null;

  private held: { latin: boolean; cjk: boolean } | null = null;

  constructor(readonly text: string) {}

  /** whether the text holds ASCII letters, CJK characters: asked for many regexes, read once */
  scripts(): { latin: boolean; cjk: boolean } {
    return (this.held ??= { latin: /[A-Za-z]/.test(this.text), cjk: /[\u3400-\u9fff]/.test(this.text) });
  }

  /** per registered regex, the positions where it may start a match (null: anywhere) */
  candidates(): (number[] | null)[] {
    const t = joinedTable();
    if (this.of !== t) {
      this.found = t.candidates(this.text);
      this.of = t;
    }
    return this.found!;
  }
}

/**
 * The matches `text.matchAll(re)` gives for each of the pattern's regexes in turn (non-overlapping,
 * leftmost first), all at once in an array, skipping the regexes `worth` says need not be run on
 * this text. A regex with a start table cannot match the empty string.
 */
export function allMatches(p: Pattern, scan: ScannedText, worth?: (re: RegExp, scan: ScannedText) => boolean): RegExpExecArray[] {
  const { text } = scan;
  const all = scan.candidates();
  const res = p.regexes;
  const out: RegExpExecArray[] = [];
  for (let k = 0; k < res.length; k++) {
    if (worth && !worth(res[k], scan)) continue;
    const starts = all[p.first + k];
    if (!starts) {
      // as matchAll: an empty match moves on by one character (a code point under /u)
      const re = res[k];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(m);
        if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
      }
      continue;
    }
    const re = p.at(k);
    let from = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i];
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m.index !== at) continue; // (under /u a try inside a surrogate pair starts at the pair)
      from = re.lastIndex;
      out.push(m);
    }
  }
  return out;
}

/** The index after `at` in `text`, past a whole surrogate pair when `unicode`. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** `allMatches`, with `worth` asked with the text. */
export function matches(p: Pattern, scan: ScannedText, worth?: (re: RegExp, text: string) => boolean): RegExpExecArray[] {
  return allMatches(p, scan, worth && ((re, s) => worth(re, s.text)));
}

/** Whether the pattern's regexes match anywhere in the text, as `regex.test(text)` tells; where
 *  they may start is already known, so the text is not scanned again. */
export function matchesSomewhere(p: Pattern, scan: ScannedText): boolean {
  return allMatches(p, scan).length > 0;
}

/**
 * Every position where the pattern's regex `k` matches, overlapping matches included, with the
 * end of the match found there: [start, end, start, end…].
 */
export function everyMatch(p: Pattern, scan: ScannedText, k = 0): number[] {
  const { text } = scan;
  const starts = scan.candidates()[p.first + k];
  const re = p.at(k);
  const out: number[] = [];
  if (!starts) {
    const whole = p.regexes[k];
    whole.lastIndex = 0;
    for (let m = whole.exec(text); m; m = whole.exec(text)) {
      re.lastIndex = m.index;
      if (re.test(text) && re.lastIndex > m.index) out.push(m.index, re.lastIndex);
      whole.lastIndex = m.index + 1; // the next match may start inside this one
    }
    return out;
  }
  for (const at of starts) {
    re.lastIndex = at;
    if (re.test(text) && re.lastIndex > at) out.push(at, re.lastIndex);
  }
  return out;
}
