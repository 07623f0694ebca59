// The first code units a pattern's matches can start with, read from the pattern's source, for
// the start table (startTable.ts). Many Chinese risk phrases start with a common character (不,
// 在, 一, 有…) and English terms with common letters: the first unit alone would let a scan try a
// lexicon at a third of all positions, the first two to four at a handful (firstChars.ts reads
// the first unit of term lists here too). Errs the safe way (the set may hold starts no match has, never miss one):
// lookarounds, anchors and \b are skipped, a negated class, `.`, \w, \s, \p{…} or \u… stand
// for any unit, and whatever else it cannot read gives null.

import { closing, splitTop } from './regex-source.ts';

/** Strings of at most `len` units: strings of `len` units are starts of matches, shorter ones
 *  whole matches. */
type Starts = Set<string> | null;

/** any unit at all (a negated class, `.`, \w…); no lexicon pattern holds this noncharacter */
export const ANY = '\uffff';
/** beyond this many starts a table would not pay for itself */
const MAX_STARTS = 50_000;

/** how many units of each start are read, and how many starts at most */
interface Limits {
  len: number;
  max: number;
}

function concat(a: Starts, b: Starts, { len, max }: Limits): Starts {
  if (!a || !b) return null;
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= len) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, len));
    if (out.size > max) return null;
  }
  return out;
}

function union(a: Starts, b: Starts, { max }: Limits): Starts {
  if (!a || !b) return null;
  const out = new Set([...a, ...b]);
  return out.size > max ? null : out;
}

function classStarts(body: string): Starts {
  if (body.startsWith('^')) return new Set([ANY]);
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i];
      if (c === 'd') {
        for (const d of '0123456789') out.add(d);
        continue;
      }
      if (/[A-Za-z]/.test(c)) return new Set([ANY]); // \w, \s, \p{…}, \u…: not read
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      if (body[i + 2] === '\\') return null; // a range to an escape: not read
      const to = body.charCodeAt(i + 2);
      if (to - c.charCodeAt(0) > 256) return null;
      for (let k = c.charCodeAt(0); k <= to; k++) out.add(String.fromCharCode(k));
      i += 2;
    } else out.add(c);
  }
  return out;
}

/** `x` repeated min..max times (max may be Infinity). More than `len` copies start like `len`:
 *  each copy that is not empty adds a unit, and `len` units are all that is kept. */
function repeat(x: Starts, min: number, max: number, limits: Limits): Starts {
  const len = limits.len;
  const copies: Starts[] = [new Set([''])];
  for (let k = 1; k <= Math.min(max, len); k++) copies.push(concat(copies[k - 1], x, limits));
  let out: Starts = new Set();
  for (let k = Math.min(min, len); k <= Math.min(max, len); k++) out = union(out, copies[k], limits);
  return out;
}

function sequence(p: string, limits: Limits): Starts {
  let out: Starts = new Set(['']);
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    let atom: Starts;
    let end: number;
    if (c === '(') {
      end = closing(p, i);
      const inner = p.slice(i + 1, end - 1);
      if (/^\?<?[=!]/.test(inner)) atom = new Set(['']); // lookarounds are zero-width
      else if (inner.startsWith('?:')) atom = alternation(inner.slice(2), limits);
      else if (inner.startsWith('?')) return null;
      else atom = alternation(inner, limits);
    } else if (c === '[') {
      end = closing(p, i);
      atom = classStarts(p.slice(i + 1, end - 1));
    } else if (c === '\\') {
      const e = p[i + 1];
      end = i + 2;
      if (e === 'b' || e === 'B') atom = new Set(['']);
      else if (e === 'd') atom = new Set('0123456789');
      else if (/[0-9]/.test(e)) return null; // a backreference
      else if (/[A-Za-z]/.test(e)) {
        atom = new Set([ANY]); // \w, \s, \p{…}, \u…: not read
        if (e === 'p' || e === 'P') end = p.indexOf('}', i) + 1;
        if (e === 'u') end = p[i + 2] === '{' ? p.indexOf('}', i) + 1 : i + 6;
        if (e === 'x') end = i + 4;
      } else atom = new Set([e]);
    } else if (c === '^' || c === '$') {
      end = i + 1;
      atom = new Set(['']);
    } else if (c === '.') {
      end = i + 1;
      atom = new Set([ANY]);
    } else if ('|)?*+{'.includes(c)) return null;
    else {
      end = i + 1;
      atom = new Set([c]);
    }
    // a quantifier, maybe lazy
    const q = p[end];
    let min = 1;
    let max = 1;
    if (q === '?' || q === '*' || q === '+') {
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Infinity;
      end++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(end));
      if (!m) return null;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      end += m[0].length;
    }
    if (end > i + 1 && (min !== 1 || max !== 1) && p[end] === '?') end++;
    out = concat(out, min === 1 && max === 1 ? atom : repeat(atom, min, max, limits), limits);
    if (!out) return null;
    // once every start has `len` units, the rest of the sequence changes nothing
    if ([...out].every((s) => s.length >= limits.len)) return out;
    i = end;
  }
  return out;
}

function alternation(p: string, limits: Limits): Starts {
  let out: Starts = new Set();
  for (const alt of splitTop(p)) {
    out = union(out, sequence(alt, limits), limits);
    if (!out) return null;
  }
  return out;
}

/**
 * The strings of at most `len` units that the matches of the pattern `source` can start with (a
 * shorter string: a whole match; ANY: any unit there), or null when it cannot be read, a match
 * may be empty or the strings would be more than `max`.
 */
export function matchStarts(source: string, len = 2, max = MAX_STARTS): Set<string> | null {
  const starts = alternation(source, { len, max });
  return !starts || starts.has('') ? null : starts;
}
